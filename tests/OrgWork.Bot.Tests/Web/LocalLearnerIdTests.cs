using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Tests.Web;

public class LocalLearnerIdTests
{
    [Theory]
    [InlineData("张三")]
    [InlineData("a")]
    [InlineData("管理员老李")]
    public void LocalIdsAreNegativeSoTheyNeverMeetATelegramUserId(string name) => Assert.True(LocalLearnerId.For(name) < 0);

    [Fact]
    public void TheSameNameComesBackToTheSameLearner()
    {
        Assert.Equal(LocalLearnerId.For("张三"), LocalLearnerId.For(" 张三 "));
        Assert.NotEqual(LocalLearnerId.For("张三"), LocalLearnerId.For("李四"));
    }
}
