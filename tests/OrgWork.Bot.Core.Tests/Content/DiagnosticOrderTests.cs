using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Content;

/// <summary>Problems are shown by file, then by line, so a trainer reads them top to bottom.</summary>
public class DiagnosticOrderTests
{
    [Fact]
    public void ProblemsAreSortedByFileThenLineAndKeepTheirOrderOnOneLine()
    {
        var codes = UiText.Diagnostics.QuizEmpty;
        Diagnostic[] found =
        [
            codes.At("b.md", 19),
            codes.At("b.md", 3),
            UiText.Diagnostics.LessonNoMinutes.At("a.md", 1),
            UiText.Diagnostics.FrontMatterNoTitle.At("a.md", 1),
            codes.At("a.md", 12),
        ];

        var sorted = found.InReadingOrder().Select(d => $"{d.Path}:{d.Line} {d.Code.Id}");

        Assert.Equal(["a.md:1 CT302", "a.md:1 CT103", "a.md:12 CT207", "b.md:3 CT207", "b.md:19 CT207"], sorted);
    }

    [Fact]
    public async Task TheLoaderReportsProblemsInFileAndLineOrder()
    {
        using var content = new TempContent(Path.Combine("diagnostics", "content"));

        var result = await TestLoader.LoadAsync(content.Root);

        Assert.True(result.Diagnostics.Count > 10);
        Assert.Equal(result.Diagnostics.InReadingOrder(), result.Diagnostics);
    }

    [Fact]
    public void AProblemPrintsAsPathLineLevelCodeAndChineseMessage()
    {
        Assert.Equal("courses/a/01-x.md:1: 错误 [CT103]: 文件头缺少必填的键“title”", UiText.Diagnostics.FrontMatterNoTitle.At("courses/a/01-x.md", 1).ToString());
        Assert.Equal("courses/a/01-x.md:7: 警告 [CT207]: 测验小节里没有题目", UiText.Diagnostics.QuizEmpty.At("courses/a/01-x.md", 7).ToString());
    }
}
