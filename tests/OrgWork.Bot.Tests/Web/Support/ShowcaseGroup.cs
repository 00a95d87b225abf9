namespace OrgWork.Bot.Tests.Web.Support;

/// <summary>The README screenshot tests: one program with a realistic roster, and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class ShowcaseGroup : ICollectionFixture<ShowcaseHostFixture>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "showcase host";
}
