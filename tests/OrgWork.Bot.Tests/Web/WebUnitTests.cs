using OrgWork.Bot.Web.Chat;
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

public class LoopbackUrlsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080;http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://127.0.0.1:5080;http://192.168.1.5:5080", false)]
    [InlineData("", false)]
    public void LocalSignInNeedsEveryAddressToBeLoopback(string urls, bool loopback) => Assert.Equal(loopback, LoopbackUrls.AreAllLoopback(urls));
}

public class ChatHtmlTests
{
    [Fact]
    public void TelegramTagsSurviveAndTextStaysEscaped() =>
        Assert.Equal("<b>粗体</b> &lt;script&gt; <pre><code>x &amp;&amp; y</code></pre>", ChatHtml.Sanitize("<b>粗体</b> &lt;script&gt; <pre><code class=\"language-cs\">x &amp;&amp; y</code></pre>"));

    [Fact]
    public void UnknownTagsAndAttributesAreDropped() =>
        Assert.Equal("<b>x</b>y", ChatHtml.Sanitize("<b onclick=\"alert(1)\">x</b><img src=x onerror=alert(1)>y"));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,&lt;script&gt;")]
    [InlineData("/relative")]
    public void OnlyWebAndMailLinksKeepTheirTarget(string href) =>
        Assert.Equal("<a>link</a>", ChatHtml.Sanitize($"<a href=\"{href}\">link</a>"));

    [Fact]
    public void LinksOpenSafelyInANewTab() =>
        Assert.Equal("<a href=\"https://example.org/?a=1&amp;b=2\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">x</a>", ChatHtml.Sanitize("<a href=\"https://example.org/?a=1&amp;b=2\">x</a>"));

    [Fact]
    public void UnbalancedTagsAreClosed() => Assert.Equal("<b><i>x</i></b>", ChatHtml.Sanitize("<b><i>x</b>"));
}
