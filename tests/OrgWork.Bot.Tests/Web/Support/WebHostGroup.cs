namespace OrgWork.Bot.Tests.Web.Support;

/// <summary>The web tests share one running program and one browser (each test signs in with a fresh profile).</summary>
[CollectionDefinition(Name)]
public sealed class WebHostGroup : ICollectionFixture<WebHostFixture>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "web host";
}
