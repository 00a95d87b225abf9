using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Tests.Rendering;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void AngleBracketsAndAmpersandsInTextAreEscaped()
    {
        var text = _renderer.Render("a < b && c > d");

        Assert.Equal("a &lt; b &amp;&amp; c &gt; d", text.Html);
        Assert.Equal("a < b && c > d", text.Plain);
    }

    [Fact]
    public void LinkUrlsAreEscapedInsideTheAttribute()
    {
        var text = _renderer.Render("[搜索](https://example.org/?a=1&b=\"2\"<x>)");

        Assert.Equal("<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;&lt;x&gt;\">搜索</a>", text.Html);
        Assert.Contains("https://example.org/?a=1&b=\"2\"<x>", text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public void LinksWithUnsafeSchemesBecomePlainText()
    {
        var text = _renderer.Render("[点我](javascript:alert(1))");

        Assert.Equal("点我", text.Html);
    }

    [Fact]
    public void EmphasisMapsToTelegramTags()
    {
        var text = _renderer.Render("**粗** *斜* ~~删~~ `代码`");

        Assert.Equal("<b>粗</b> <i>斜</i> <s>删</s> <code>代码</code>", text.Html);
        Assert.Equal("粗 斜 删 `代码`", text.Plain);
    }

    [Fact]
    public void HeadingsBecomeBoldLines()
    {
        var text = _renderer.Render("## 第一章 <总则>\n\n正文");

        Assert.Equal("<b>第一章 &lt;总则&gt;</b>\n\n正文", text.Html);
        Assert.Equal("【第一章 <总则>】\n\n正文", text.Plain);
    }

    [Fact]
    public void ListsKeepTheirMarkersAndNesting()
    {
        var text = _renderer.Render("1. 一\n2. 二\n   - 甲\n   - 乙\n");

        Assert.Equal("1. 一\n2. 二\n   • 甲\n   • 乙", text.Plain);
    }

    [Fact]
    public void ATableBecomesAListOfItsRowsEachCellAfterItsBoldHeader()
    {
        var text = _renderer.Render("| 时间 | 事件 |\n|---|---|\n| 1934年10月 | 长征开始 |\n| 1935年1月 | 遵义会议 |\n");

        Assert.Equal("▪ <b>时间</b>：1934年10月\n  <b>事件</b>：长征开始\n▪ <b>时间</b>：1935年1月\n  <b>事件</b>：遵义会议", text.Html);
        Assert.Equal("▪ 时间：1934年10月\n  事件：长征开始\n▪ 时间：1935年1月\n  事件：遵义会议", text.Plain);
    }

    [Fact]
    public void TheWebChatGetsATableAsARealTableWithItsCellsFormatting()
    {
        var text = _renderer.Render("前言\n\n| 时间 | **事件** |\n|---|---|\n| 1934年10月 | 长征<开始> |\n\n后记");

        Assert.Equal(
            "前言\n\n<table><thead><tr><th>时间</th><th><b>事件</b></th></tr></thead><tbody><tr><td>1934年10月</td><td>长征&lt;开始&gt;</td></tr></tbody></table>\n\n后记",
            text.Web);
        Assert.StartsWith("前言\n\n▪ <b>时间</b>：1934年10月", text.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table>", text.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void TextWithoutATableHasNoSeparateWebForm() => Assert.Null(_renderer.Render("**粗体** 和 `代码`").Web);

    [Fact]
    public void CodeBlocksArePreformattedAndEscaped()
    {
        var text = _renderer.Render("```csharp\nif (a < b) { }\n```");

        Assert.Equal("<pre><code class=\"language-csharp\">if (a &lt; b) { }</code></pre>", text.Html);
    }

    [Fact]
    public void QuotesBecomeBlockquotes()
    {
        var text = _renderer.Render("> 红军不怕远征难");

        Assert.Equal("<blockquote>红军不怕远征难</blockquote>", text.Html);
        Assert.Equal("│ 红军不怕远征难", text.Plain);
    }

    [Fact]
    public void ImagesBecomeLabelledLinks()
    {
        var text = _renderer.Render("![会师旧址](https://example.org/a.png) ![本地图](images/b.png)");

        Assert.Equal("<a href=\"https://example.org/a.png\">[图片：会师旧址]</a> [图片：本地图]", text.Html);
    }

    [Fact]
    public void RawHtmlIsShownAsText()
    {
        var text = _renderer.Render("<script>alert(1)</script>\n\n正文 <b>粗</b>");

        Assert.DoesNotContain("<script>", text.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", text.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;粗&lt;/b&gt;", text.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void SoftLineBreaksJoinChineseWithoutSpaces()
    {
        var text = _renderer.Render("长征是宣言书，\n长征是宣传队。\nEnglish\nwords");

        Assert.Equal("长征是宣言书，长征是宣传队。English words", text.Plain);
    }
}
