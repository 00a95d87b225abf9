using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

/// <summary>
/// Files in <c>content/</c> that cannot be read or parsed (a line deeper than Markdown allows, a dangling
/// link with a lesson's name) are reported as that file's <c>path:line</c> error; an editor's lock link is
/// ignored; neither <c>validate</c> nor <c>serve</c> stops over them.
/// </summary>
public class BadContentFileTests
{
    private const string DeepLesson = "content/courses/long-march/90-deep.md";
    private const string GoneLesson = "content/courses/red-green/91-gone.md";
    private const string LockLink = "content/courses/long-march/.#01-setting-out.md";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ValidateReportsEachBadFileAtItsPathAndLineAndFails()
    {
        using var work = new WorkFolder();
        CopyShippedCourses(work);
        AddBadFiles(work);

        var (exitCode, output, errors) = await BotProcess.RunAsync(work.Path, "", Timeout, "validate", "content");

        Assert.True(exitCode == 1, output + errors);
        Assert.Contains($"{DeepLesson}:1: 错误 [CT009]: ", output, StringComparison.Ordinal);
        Assert.Contains($"{GoneLesson}:1: 错误 [CT006]: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain(".#01-setting-out.md", output, StringComparison.Ordinal);
        Assert.Contains("2 个错误", output, StringComparison.Ordinal);
        Assert.Contains("2 门课程，8 课", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeStartsWithTheRestAndStillReloadsAnUnrelatedEditAfterABadFileAppears()
    {
        using var work = new WorkFolder();
        CopyShippedCourses(work);
        AddBadFiles(work);
        var port = LoopbackPort.Free();
        using var bot = BotProcess.Start(work.Path, [.. work.Settings("content"), $"--Http:Urls=http://127.0.0.1:{port}"]);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var started = await HealthProbe.WaitAsync(http, bot);
        File.WriteAllText(Path.Combine(work.Path, "content/courses/red-green/92-deeper.md"), DeepLessonText);
        File.CreateSymbolicLink(Path.Combine(work.Path, "content/courses/red-green/.#01-red-education-system.md"), "/nonexistent/lock");
        File.WriteAllText(Path.Combine(work.Path, "content/courses/red-green/05-new.md"), "---\ntitle: 新课\nminutes: 5\n---\n新课的正文。\n");
        var reloaded = await HealthProbe.WaitAsync(http, bot, health => health.Lessons == 9);

        Assert.Equal(2, started.Courses);
        Assert.Equal(8, started.Lessons);
        Assert.Equal(2, reloaded.Courses);
        Assert.Contains("90-deep.md:1: 错误 [CT009]: ", bot.Output, StringComparison.Ordinal);
        bot.Terminate();
        Assert.Equal(0, await bot.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }

    private static string DeepLessonText { get; } = "---\ntitle: 嵌套过深\nminutes: 1\n---\n" + new string('>', 300) + "\n";

    private static void CopyShippedCourses(WorkFolder work)
    {
        var from = Path.Combine(BotProcess.ShippedContent, "courses");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(work.Path, "content", "courses", Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void AddBadFiles(WorkFolder work)
    {
        File.WriteAllText(Path.Combine(work.Path, DeepLesson), DeepLessonText);
        File.CreateSymbolicLink(Path.Combine(work.Path, GoneLesson), "/nonexistent/91-gone.md");
        File.CreateSymbolicLink(Path.Combine(work.Path, LockLink), "/nonexistent/root@host.1234:1700000000");
    }
}
