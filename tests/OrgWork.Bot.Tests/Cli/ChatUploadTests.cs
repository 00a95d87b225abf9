using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

/// <summary><c>/upload PATH</c> in the real <c>chat</c> verb: a trainer publishes a lesson from the terminal.</summary>
public class ChatUploadTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static string CopyContent(WorkFolder work)
    {
        var content = Path.Combine(work.Path, "content");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "quiz-content"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content, Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "Fixtures", "quiz-content"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return content;
    }

    [Fact]
    public async Task AnAdminUploadsPreviewsAndPublishesALessonFromTheTerminal()
    {
        using var work = new WorkFolder();
        var content = CopyContent(work);
        var lesson = Path.Combine(work.Path, "02-second.md");
        File.WriteAllText(lesson, "---\ntitle: 终端上传的一课\nminutes: 5\n---\n从终端上传的正文。\n");

        var (exitCode, output, errors) = await BotProcess.RunAsync(
            work.Path, $"/upload {lesson}\n#1\n#1\n/versions demo/second\n/upload missing.md\n", Timeout,
            ["chat", "--user", "42", .. work.Settings(content), "--Bot:Admins:0=42"]);

        Assert.True(exitCode == 0, errors);
        OutputAssert.ContainsInOrder(
            output,
            "检查结果：02-second.md",
            "从终端上传的正文。",
            "[1] 放入《",
            "新增：courses/demo/02-second.md",
            "[1] ✅ 发布",
            "✅ 已发布“02-second.md”",
            "courses/demo/02-second.md（第 1 版）",
            "courses/demo/02-second.md 的版本",
            "找不到文件：missing.md");

        Assert.Equal(File.ReadAllText(lesson), File.ReadAllText(Path.Combine(content, "courses", "demo", "02-second.md")));
    }

    [Fact]
    public async Task ATrainerTypesCancelOrConfirmUnderARollbackPreview()
    {
        using var work = new WorkFolder();
        var content = CopyContent(work);
        var target = Path.Combine(content, "courses", "demo", "01-only.md");
        var original = File.ReadAllText(target);
        var lesson = Path.Combine(work.Path, "01-only.md");
        File.WriteAllText(lesson, "---\ntitle: 改过的一课\nminutes: 5\n---\n新的正文。\n");

        var (exitCode, output, errors) = await BotProcess.RunAsync(
            work.Path, $"/upload {lesson}\n#1\n/rollback demo/only 1\n取消\n/rollback demo/only 1\n确认\n", Timeout,
            ["chat", "--user", "42", .. work.Settings(content), "--Bot:Admins:0=42"]);

        Assert.True(exitCode == 0, errors);
        OutputAssert.ContainsInOrder(
            output,
            "courses/demo/01-only.md（第 2 版）",
            "恢复预览（尚未改动）",
            "[1] 确认",
            "[2] 取消",
            "已取消恢复，courses/demo/01-only.md 未改动。",
            "恢复预览（尚未改动）",
            "已将 courses/demo/01-only.md 恢复为第 1 版的内容（记为第 3 版）");

        Assert.Equal(original, File.ReadAllText(target));
    }

    [Fact]
    public async Task AMemberCannotUploadFromTheTerminal()
    {
        using var work = new WorkFolder();
        var content = CopyContent(work);
        var lesson = Path.Combine(work.Path, "02-second.md");
        File.WriteAllText(lesson, "---\ntitle: 不该出现\n---\n正文\n");

        var (exitCode, output, _) = await BotProcess.RunAsync(work.Path, $"/upload {lesson}\n", Timeout, ["chat", .. work.Settings(content)]);

        Assert.Equal(0, exitCode);
        Assert.Contains("只有讲师和管理员可以上传课程内容。", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(content, "courses", "demo", "02-second.md")));
    }
}
