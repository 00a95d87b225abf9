using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

/// <summary>A whole quiz taken through the real <c>chat</c> verb, read back as a transcript.</summary>
public class ChatQuizTranscriptTests
{
    [Fact]
    public async Task AWholeQuizInTheTerminal()
    {
        using var work = new WorkFolder();
        var content = Path.Combine(AppContext.BaseDirectory, "Fixtures", "quiz-content");

        var (exitCode, output, errors) = await BotProcess.RunAsync(
            work.Path, "/quiz\n#1\n#1\n#1\n#1\n/me\n", TimeSpan.FromSeconds(60), ["chat", "--name", "王五", .. work.Settings(content)]);

        Assert.True(exitCode == 0, errors);
        OutputAssert.ContainsInOrder(
            output,
            "[1] 演示课（3 题）",
            "开始课后测验，共 3 题。",
            "第 1/3 题",
            "第 2/3 题",
            "第 3/3 题",
            "课后测验结束",
            "王五 的学习情况");

        Assert.Contains("正确答案：", output, StringComparison.Ordinal);
        Assert.Matches("答对 [0-3]/3 题", output);
        Assert.Matches("答题正确率：[0-3]/3", output);
    }
}
