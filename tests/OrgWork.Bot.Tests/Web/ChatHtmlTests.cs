using OrgWork.Bot.Web.Chat;

namespace OrgWork.Bot.Tests.Web;

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
