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
        Assert.Contains("0 个错误", output, StringComparison.Ordinal);
        Assert.Contains("2 门课程", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProblemsArePrintedInChineseWithTheirCodesInFileAndLineOrderAndFailTheRun()
    {
        using var work = new WorkFolder();
        var root = Path.Combine(work.Path, "content");
        Directory.CreateDirectory(Path.Combine(root, "courses", "c"));
        File.WriteAllText(Path.Combine(root, "courses", "c", "course.md"), "---\ntitle: 课程\n---\n");
        File.WriteAllText(Path.Combine(root, "courses", "c", "01-a.md"), "---\ntitle: 课\nminutes: 1\n---\n正文\n\n## 测验\n\n1. 题\n   - [ ] 甲\n   - [ ] 乙\n");
        File.WriteAllText(Path.Combine(root, "courses", "c", "02-b.md"), "---\nminutes: 1\nextra: x\n---\n正文\n");

        var (exitCode, output, _) = await BotProcess.RunAsync(work.Path, "", Timeout, "validate", "content");

        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
        [
            "content/courses/c/01-a.md:9: 错误 [CT217]: 题目“题”没有正确选项：请用“[x]”标出正确答案",
            "content/courses/c/02-b.md:1: 错误 [CT103]: 文件头缺少必填的键“title”",
            "content/courses/c/02-b.md:3: 警告 [CT102]: 未知的文件头键“extra”（可用的键：title, minutes, order）",
        ], lines[..3]);
        Assert.StartsWith("共检查 3 个文件：2 个错误，1 个警告；", lines[3], StringComparison.Ordinal);
    }
}
