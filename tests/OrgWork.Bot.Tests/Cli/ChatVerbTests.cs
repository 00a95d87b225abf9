using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

public class ChatVerbTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task PipedInputGetsTheWelcomeTheCourseListAndTheFirstCourse()
    {
        using var work = new WorkFolder();

        var (exitCode, output, errors) = await BotProcess.RunAsync(work.Path, "/start\n/courses\n#1\n", Timeout, ["chat", .. work.Settings(BotProcess.ShippedContent)]);

        Assert.True(exitCode == 0, errors);
        var welcome = output.IndexOf("欢迎使用组工学习助手", StringComparison.Ordinal);
        var list = output.IndexOf("[1] 长征精神", StringComparison.Ordinal);
        var course = output.IndexOf("[1] 1. 出发", StringComparison.Ordinal);
        Assert.True(welcome >= 0 && list > welcome && course > list, output);
        Assert.Contains("[2] 红色资源与绿色发展", output, StringComparison.Ordinal);
        Assert.Contains("↩ 返回课程列表", output, StringComparison.Ordinal);
        Assert.True(File.Exists(work.Database), "the database file and folder are created when missing");
    }

    [Fact]
    public async Task ProgressIsStoredAcrossRuns()
    {
        using var work = new WorkFolder();
        string[] arguments = ["chat", "--user", "77", .. work.Settings(BotProcess.ShippedContent)];
        // Course 1, lesson 4, then "下一页" until its last page (two pages in the shipped content).
        await BotProcess.RunAsync(work.Path, "/courses\n#1\n#4\n#1\n", Timeout, arguments);

        var (_, output, _) = await BotProcess.RunAsync(work.Path, "/courses 1\n", Timeout, arguments);

        Assert.Contains("✅ 4. 长征精神与今天的党员", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PressingAMissingButtonSaysSo()
    {
        using var work = new WorkFolder();

        var (exitCode, output, _) = await BotProcess.RunAsync(work.Path, "/start\n#9\n", Timeout, ["chat", .. work.Settings(BotProcess.ShippedContent)]);

        Assert.Equal(0, exitCode);
        Assert.Contains("没有这个按钮：#9", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALineOverTheLimitIsAnsweredWithTheLimitAndTheChatGoesOn()
    {
        using var work = new WorkFolder();
        var tooLong = "/help " + new string('长', InputLimits.MaxTextLength);

        var (exitCode, output, errors) = await BotProcess.RunAsync(work.Path, $"{tooLong}\n/courses\n", Timeout, ["chat", .. work.Settings(BotProcess.ShippedContent)]);

        Assert.True(exitCode == 0, errors);
        var notice = output.IndexOf(InputLimits.TooLongText, StringComparison.Ordinal);
        Assert.True(notice >= 0 && output.IndexOf("[1] 长征精神", StringComparison.Ordinal) > notice, output);
        Assert.DoesNotContain(UiText.HelpTitle, output, StringComparison.Ordinal);
    }
}
