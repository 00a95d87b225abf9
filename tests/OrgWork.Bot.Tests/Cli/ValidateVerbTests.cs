using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

public class ValidateVerbTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task TheShippedContentIsValid()
    {
        using var work = new WorkFolder();

        var (exitCode, output, _) = await BotProcess.RunAsync(work.Path, "", Timeout, "validate", BotProcess.ShippedContent);

        Assert.True(exitCode == 0, output);
        Assert.Contains("0 errors", output, StringComparison.Ordinal);
        Assert.Contains("2 courses", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProblemsArePrintedAsPathLineLevelMessageAndFailTheRun()
    {
        using var work = new WorkFolder();
        var root = Path.Combine(work.Path, "content");
        Directory.CreateDirectory(Path.Combine(root, "courses", "c"));
        File.WriteAllText(Path.Combine(root, "courses", "c", "course.md"), "---\ntitle: 课程\n---\n");
        File.WriteAllText(Path.Combine(root, "courses", "c", "01-a.md"), "---\ntitle: 课\nminutes: 1\n---\n正文\n\n## 测验\n\n1. 题\n   - [ ] 甲\n   - [ ] 乙\n");
        File.WriteAllText(Path.Combine(root, "courses", "c", "02-b.md"), "---\nminutes: 1\nextra: x\n---\n正文\n");

        var (exitCode, output, _) = await BotProcess.RunAsync(work.Path, "", Timeout, "validate", "content");

        Assert.Equal(1, exitCode);
        Assert.Contains("content/courses/c/01-a.md:9: error: question '题' has no correct option", output, StringComparison.Ordinal);
        Assert.Contains("content/courses/c/02-b.md:1: error: missing required front-matter key 'title'", output, StringComparison.Ordinal);
        Assert.Contains("content/courses/c/02-b.md:3: warning: unknown front-matter key 'extra'", output, StringComparison.Ordinal);
        Assert.Contains("2 errors, 1 warnings", output, StringComparison.Ordinal);
    }
}
