using OrgWork.Bot.Core.Knowledge.Answering;

namespace OrgWork.Bot.Core.Tests.Knowledge;

public class FollowUpResolverTests
{
    private static readonly ConversationTurn Previous = new("农民党员每月交多少党费？", "农民党员每月交多少党费？", "0.5元[1]");

    [Theory]
    [InlineData("那村干部呢？")]
    [InlineData("还有退休党员")]
    [InlineData("村干部呢")]
    public void AnEllipticalFollowUpIsCompletedWithThePreviousQuestion(string followUp) =>
        Assert.Equal(Previous.SearchedQuestion + " " + followUp, FollowUpResolver.Resolve(followUp, [Previous]));

    [Theory]
    [InlineData("村级组织办公经费每年多少？")]
    [InlineData("青年干部成长工程怎么做")]
    public void ASelfContainedQuestionIsSearchedAsItIs(string question) =>
        Assert.Equal(question, FollowUpResolver.Resolve(question, [Previous]));

    [Fact]
    public void WithoutHistoryNothingIsAdded() =>
        Assert.Equal("那村干部呢？", FollowUpResolver.Resolve("那村干部呢？", []));
}
