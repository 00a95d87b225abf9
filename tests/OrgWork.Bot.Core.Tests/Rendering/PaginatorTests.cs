using System.Text.RegularExpressions;
using Markdig;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Tests.Rendering;

public partial class PaginatorTests
{
    private static IReadOnlyList<RichText> Paginate(string markdown, int budget = 3500) =>
        new Paginator(new MarkdownRenderer(), budget).Paginate(Markdown.Parse(markdown, MarkdownPipelines.Content));

    [Fact]
    public void AShortLessonIsOnePage()
    {
        Assert.Single(Paginate("第一段。\n\n第二段。"));
    }

    [Fact]
    public void AThematicBreakStartsANewPage()
    {
        var pages = Paginate("第一页。\n\n***\n\n第二页。");

        Assert.Equal(["第一页。", "第二页。"], pages.Select(p => p.Plain));
    }

    [Fact]
    public void PagesBreakBetweenBlocksAndStayWithinTheBudget()
    {
        var paragraphs = Enumerable.Range(1, 40).Select(i => $"第{i}段：" + new string('文', 180) + "。");

        var pages = Paginate(string.Join("\n\n", paragraphs), budget: 1000);

        Assert.True(pages.Count > 5);
        Assert.All(pages, p => Assert.InRange(p.Html.Length, 1, 1000));
        Assert.All(pages, p => Assert.StartsWith("第", p.Plain, StringComparison.Ordinal));
        Assert.Equal(40, pages.Sum(p => p.Plain.Split("\n\n").Length));
    }

    [Fact]
    public void AHeadingIsNeverLeftAtTheBottomOfAPage()
    {
        var markdown = new string('甲', 900) + "\n\n## 第二节\n\n" + new string('乙', 300);

        var pages = Paginate(markdown, budget: 1000);

        Assert.Equal(2, pages.Count);
        Assert.StartsWith("<b>第二节</b>", pages[1].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOverlongParagraphIsCutBetweenSentencesWithTagsClosedAndReopened()
    {
        var sentence = "**这是加粗的一句话，里面有 <尖括号> 与 & 符号。** ";
        var pages = Paginate(string.Concat(Enumerable.Repeat(sentence, 200)), budget: 1000);

        Assert.True(pages.Count > 3);
        Assert.All(pages, page =>
        {
            Assert.True(page.Html.Length <= 1000, $"page of {page.Html.Length} characters");
            AssertWellFormed(page.Html);
        });
    }

    [Fact]
    public void AnOverlongCodeBlockIsSplitIntoCompleteCodeBlocks()
    {
        var code = string.Join('\n', Enumerable.Range(1, 300).Select(i => $"line {i} <tag> & more"));

        var pages = Paginate("```\n" + code + "\n```", budget: 1000);

        Assert.True(pages.Count > 3);
        Assert.All(pages, page =>
        {
            Assert.StartsWith("<pre><code>", page.Html, StringComparison.Ordinal);
            Assert.EndsWith("</code></pre>", page.Html, StringComparison.Ordinal);
            Assert.DoesNotMatch(EntityCut(), page.Html);
        });
    }

    [Fact]
    public void EveryPageOfTheDefaultSizeFitsTelegramsLimit()
    {
        var markdown = string.Join("\n\n", Enumerable.Range(1, 300).Select(i => $"- 条目{i}：{new string('字', 50)} <x> & y"));

        var pages = Paginate(markdown);

        Assert.All(pages, p => Assert.True(p.Html.Length <= 4096));
    }

    private static void AssertWellFormed(string html)
    {
        var stack = new Stack<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            if (tag.Groups[1].Value == "/")
            {
                Assert.Equal(stack.Pop(), tag.Groups[2].Value);
            }
            else
            {
                stack.Push(tag.Groups[2].Value);
            }
        }

        Assert.Empty(stack);
        Assert.DoesNotMatch(EntityCut(), html);
    }

    [GeneratedRegex("<(/?)([a-z]+)[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("&[a-z]*$")]
    private static partial Regex EntityCut();
}
