using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Content;

/// <summary>
/// A file that cannot be read or parsed is that file's error, at <c>path:line</c>; the rest of the catalogue
/// loads. Hidden files and editor artefacts are not content at all.
/// </summary>
public class UnreadableFileTests
{
    private const string Lesson = "courses/alpha/03-bad.md";

    [Fact]
    public async Task ALineDeeperThanTheMarkdownParserAllowsIsThatFilesError()
    {
        using var content = new TempContent();
        content.Write(Lesson, BadContentFiles.TooDeeplyNested);

        var result = await TestLoader.LoadAsync(content.Root);

        AssertOnlyError(result, content.Display(Lesson), "CT009");
        AssertRestLoaded(result);
    }

    [Fact]
    public async Task ALinkToAMissingFileIsThatFilesError()
    {
        using var content = new TempContent();
        BadContentFiles.DanglingLink(content.Root, Lesson);

        var result = await TestLoader.LoadAsync(content.Root);

        AssertOnlyError(result, content.Display(Lesson), "CT006", "/nonexistent/");
        AssertRestLoaded(result);
    }

    [Fact]
    public async Task ALinkToItselfIsThatFilesError()
    {
        using var content = new TempContent();
        File.CreateSymbolicLink(Path.Combine(content.Root, Lesson), "03-bad.md");

        var result = await TestLoader.LoadAsync(content.Root);

        AssertOnlyError(result, content.Display(Lesson), "CT008");
        AssertRestLoaded(result);
    }

    [SkippableFact]
    public async Task AFileWithoutReadPermissionIsThatFilesError()
    {
        using var content = new TempContent();
        Skip.IfNot(BadContentFiles.TryMakeUnreadable(content.Root, Lesson, BadContentFiles.TooDeeplyNested), "this user reads files without read permission (root)");

        var result = await TestLoader.LoadAsync(content.Root);

        AssertOnlyError(result, content.Display(Lesson), "CT007");
        AssertRestLoaded(result);
    }

    [Theory]
    [InlineData("courses/alpha/.#01-first.md")]
    [InlineData("courses/alpha/.01-first.md.swp")]
    [InlineData("courses/alpha/01-first.md~")]
    [InlineData(".git/03-bad.md")]
    [InlineData("courses/.drafts/03-bad.md")]
    [InlineData("courses/alpha/.hidden/03-bad.md")]
    public async Task HiddenFilesAndEditorArtefactsAreNotContent(string path)
    {
        using var content = new TempContent();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(content.Root, path))!);
        BadContentFiles.DanglingLink(content.Root, path);
        var clean = await TestLoader.LoadAsync(content.Root);
        File.Delete(Path.Combine(content.Root, path));
        content.Write(path, BadContentFiles.TooDeeplyNested);

        var withArtefact = await TestLoader.LoadAsync(content.Root);

        Assert.Empty(clean.Diagnostics);
        Assert.Empty(withArtefact.Diagnostics);
        Assert.Equal(3, withArtefact.Catalogue.LessonCount);
    }

    [Fact]
    public async Task ALessonThatBecomesUnparsableKeepsItsPreviousVersionLive()
    {
        using var content = new TempContent();
        var before = await TestLoader.LoadAsync(content.Root);
        content.Write("courses/alpha/01-first.md", BadContentFiles.TooDeeplyNested);

        var after = await TestLoader.LoadAsync(content.Root, before.Catalogue);

        AssertOnlyError(after, content.Display("courses/alpha/01-first.md"), "CT009");
        Assert.Equal("第一课", after.Catalogue.FindLessonByKey("alpha/first")!.Title);
    }

    [Fact]
    public async Task AnUnparsableCourseFileStillKeepsItsFolderACourseWithThePreviousVersion()
    {
        using var content = new TempContent();
        var before = await TestLoader.LoadAsync(content.Root);
        content.Write("courses/beta/course.md", BadContentFiles.TooDeeplyNested);

        var after = await TestLoader.LoadAsync(content.Root, before.Catalogue);

        AssertOnlyError(after, content.Display("courses/beta/course.md"), "CT009");
        Assert.Equal(2, after.Catalogue.Courses.Count);
        Assert.NotNull(after.Catalogue.FindLessonByKey("beta/only"));
    }

    private static void AssertOnlyError(ContentLoadResult result, string path, string code, string detail = "")
    {
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.StartsWith($"{path}:1: 错误 [{code}]: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
    }

    private static void AssertRestLoaded(ContentLoadResult result)
    {
        Assert.Equal(2, result.Catalogue.Courses.Count);
        Assert.Equal(3, result.Catalogue.LessonCount);
        Assert.NotNull(result.Catalogue.FindLessonByKey("alpha/first"));
        Assert.NotNull(result.Catalogue.FindLessonByKey("beta/only"));
        Assert.Null(result.Catalogue.FindLessonByKey("alpha/bad"));
    }
}
