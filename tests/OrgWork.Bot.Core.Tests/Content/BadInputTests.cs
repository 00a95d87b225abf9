using System.Text;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Content;

/// <summary>Every kind of bad input gets its own precise <c>path:line</c> message, and the rest still loads.</summary>
public class BadInputTests
{
    private const string Lesson = "courses/alpha/03-bad.md";

    [Fact]
    public async Task MalformedYamlIsReportedAtItsLine()
    {
        using var content = new TempContent();
        content.Place("malformed-yaml.md", Lesson);

        var result = await TestLoader.LoadAsync(content.Root);

        AssertError(result, content.Display(Lesson), 3, "CT104");
        AssertRestLoaded(result);
    }

    [Fact]
    public async Task AMissingTitleIsAnError()
    {
        using var content = new TempContent();
        content.Place("missing-title.md", Lesson);

        var result = await TestLoader.LoadAsync(content.Root);

        AssertError(result, content.Display(Lesson), 1, "CT103");
        AssertRestLoaded(result);
    }

    [Fact]
    public async Task AFileWithoutFrontMatterIsAnError()
    {
        using var content = new TempContent();
        content.Write(Lesson, "只有正文。\n");

        var result = await TestLoader.LoadAsync(content.Root);

        AssertError(result, content.Display(Lesson), 1, "CT101");
    }

    [Fact]
    public async Task DuplicateLessonSlugsInACourseAreAnError()
    {
        using var content = new TempContent();
        content.Write("courses/alpha/05-first.md", "---\ntitle: 重名的课\nminutes: 3\n---\n正文。");

        var result = await TestLoader.LoadAsync(content.Root);

        AssertError(result, content.Display("courses/alpha/05-first.md"), 1, "CT308");
        Assert.Equal("第一课", result.Catalogue.FindLessonByKey("alpha/first")!.Title);
    }

    [Fact]
    public async Task DuplicateCourseSlugsAreAnError()
    {
        using var content = new TempContent();
        content.Write("courses/Alpha/course.md", "---\ntitle: 大写重名课程\n---\n");

        var result = await TestLoader.LoadAsync(content.Root);

        Assert.Contains(result.Diagnostics, d => d.Code.Id == "CT310");
        Assert.Equal(2, result.Catalogue.Courses.Count);
    }

    [Fact]
    public async Task AQuestionWithNoCorrectOptionIsReportedAtTheQuestion()
    {
        using var content = new TempContent();
        content.Place("no-correct-option.md", Lesson);

        var result = await TestLoader.LoadAsync(content.Root);

        AssertError(result, content.Display(Lesson), 9, "CT217");
        AssertRestLoaded(result);
    }

    [Fact]
    public async Task OptionsWithoutAQuestionAreReported()
    {
        using var content = new TempContent();
        content.Place("options-without-question.md", Lesson);

        var result = await TestLoader.LoadAsync(content.Root);

        AssertError(result, content.Display(Lesson), 9, "CT204");
        AssertRestLoaded(result);
    }

    [Fact]
    public async Task ALoneOptionOutsideAQuizIsReported()
    {
        using var content = new TempContent();
        content.Place("lone-option-outside-quiz.md", Lesson);

        var result = await TestLoader.LoadAsync(content.Root);

        AssertError(result, content.Display(Lesson), 7, "CT201");
        AssertRestLoaded(result);
    }

    [Fact]
    public async Task InvalidUtf8IsReportedAtTheLineOfTheBadByte()
    {
        using var content = new TempContent();
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: 编码\nminutes: 1\n---\n第一行\n").Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).ToArray();
        content.WriteBytes(Lesson, bytes);

        var result = await TestLoader.LoadAsync(content.Root);

        AssertError(result, content.Display(Lesson), 6, "CT004");
        AssertRestLoaded(result);
    }

    [Fact]
    public async Task AnEmptyFileIsReported()
    {
        using var content = new TempContent();
        content.Write(Lesson, "");

        var result = await TestLoader.LoadAsync(content.Root);

        AssertError(result, content.Display(Lesson), 1, "CT005");
        AssertRestLoaded(result);
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsRejectedUnread()
    {
        using var content = new TempContent();
        var big = "---\ntitle: 超大文件\nminutes: 1\n---\n" + new string('字', 5 * 1024 * 1024 / 3);
        content.Write(Lesson, big);

        var result = await TestLoader.LoadAsync(content.Root);

        AssertError(result, content.Display(Lesson), 1, "CT003");
        AssertRestLoaded(result);
    }

    [Fact]
    public async Task ALessonOutsideACourseFolderIsReported()
    {
        using var content = new TempContent();
        content.Write("courses/stray.md", "---\ntitle: 放错位置的课\n---\n正文。");

        var result = await TestLoader.LoadAsync(content.Root);

        AssertError(result, content.Display("courses/stray.md"), 1, "CT305");
        AssertRestLoaded(result);
    }

    [Fact]
    public async Task ACourseFolderWithoutCourseFileIsReported()
    {
        using var content = new TempContent();
        content.Write("courses/gamma/01-lesson.md", "---\ntitle: 孤儿课\nminutes: 1\n---\n正文。");

        var result = await TestLoader.LoadAsync(content.Root);

        AssertError(result, content.Display("courses/gamma/course.md"), 1, "CT309");
        AssertRestLoaded(result);
    }

    [Fact]
    public async Task UnknownFrontMatterKeysAreWarningsAndTheFileLoads()
    {
        using var content = new TempContent();
        content.Place("unknown-key.md", Lesson);

        var result = await TestLoader.LoadAsync(content.Root);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal($"{content.Display(Lesson)}:4: 警告 [CT102]: 未知的文件头键“author”（可用的键：title, minutes, order）", warning.ToString());
        Assert.NotNull(result.Catalogue.FindLessonByKey("alpha/bad"));
    }

    [Fact]
    public async Task EveryProblemOfAFileIsReportedNotJustTheFirst()
    {
        using var content = new TempContent();
        content.Write(Lesson, """
            ---
            minutes: lots
            ---
            - [x] 游离选项

            ## 测验

            1. 没有正确答案
               - [ ] 甲
               - [ ] 乙
            """);

        var result = await TestLoader.LoadAsync(content.Root);

        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => d.Code.Id).ToList();
        Assert.Equal(["CT103", "CT106", "CT201", "CT217"], errors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AFileThatTurnsBadKeepsItsPreviousVersionLive()
    {
        using var content = new TempContent();
        var previous = (await TestLoader.LoadAsync(content.Root)).Catalogue;
        content.Place("malformed-yaml.md", "courses/alpha/01-first.md");

        var result = await TestLoader.LoadAsync(content.Root, previous);

        Assert.True(result.ErrorCount > 0);
        Assert.Same(previous.FindLessonByKey("alpha/first"), result.Catalogue.FindLessonByKey("alpha/first"));
    }

    private static void AssertError(ContentLoadResult result, string path, int line, string code)
    {
        var prefix = $"{path}:{line}: 错误 [{code}]: ";
        Assert.True(
            result.Diagnostics.Any(d => d.ToString().StartsWith(prefix, StringComparison.Ordinal)),
            $"Expected '{prefix}…' in:\n{string.Join('\n', result.Diagnostics)}");
    }

    private static void AssertRestLoaded(ContentLoadResult result)
    {
        Assert.Equal(2, result.Catalogue.Courses.Count);
        Assert.NotNull(result.Catalogue.FindLessonByKey("alpha/first"));
        Assert.NotNull(result.Catalogue.FindLessonByKey("beta/only"));
        Assert.Null(result.Catalogue.FindLessonByKey("alpha/bad"));
    }
}
