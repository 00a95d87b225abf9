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

    [Fact]
    public void ATableFromTheRendererKeepsItsStructureInAScrollingBox() => Assert.Equal(
        "前<div class=\"table\"><table><thead><tr><th><b>时间</b></th></tr></thead><tbody><tr><td>1934年</td></tr></tbody></table></div>后",
        ChatTableHtml.Sanitize("前<table><thead><tr><th><b>时间</b></th></tr></thead><tbody><tr><td>1934年</td></tr></tbody></table>后"));

    [Fact]
    public void ACellCannotLeaveATagOpenOrCarryUnsafeMarkup() => Assert.Equal(
        "<div class=\"table\"><table><tbody><tr><td><b>x</b></td><td>y</td></tr></tbody></table></div>",
        ChatTableHtml.Sanitize("<table><tbody><tr><td><b onclick=\"alert(1)\">x</td><td><img src=x onerror=alert(1)>y</td></tr></tbody></table>"));

    [Theory]
    [InlineData("<td>x</td>", "x")]
    [InlineData("<tr><td>x</td></tr>", "x")]
    [InlineData("<table><td>x</td></table>", "<div class=\"table\"><table>x</table></div>")]
    [InlineData("<table class=\"a\"><tbody>", "")]
    [InlineData("&lt;table&gt;", "&lt;table&gt;")]
    public void TableTagsOutOfPlaceOrWithAttributesAreDropped(string html, string expected) =>
        Assert.Equal(expected, ChatTableHtml.Sanitize(html));

    [Fact]
    public void AnUnclosedTableIsClosed() => Assert.Equal(
        "<div class=\"table\"><table><tbody><tr><td>x</td></tr></tbody></table></div>",
        ChatTableHtml.Sanitize("<table><tbody><tr><td>x"));
}
