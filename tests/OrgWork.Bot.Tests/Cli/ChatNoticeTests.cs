using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

/// <summary>Notices in the terminal chat: an admin's <c>/broadcast</c> comes with the member's next reply, once, and #N presses 已读.</summary>
public class ChatNoticeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AMemberSeesTheBroadcastWithTheirNextReplyOnceAndReadsIt()
    {
        using var work = new WorkFolder();
        string[] settings = [.. work.Settings(BotProcess.ShippedContent), "--Bot:Admins:0=42"];
        await BotProcess.RunAsync(work.Path, "/start\n", Timeout, ["chat", "--user", "77", .. settings]);

        var (_, sent, _) = await BotProcess.RunAsync(work.Path, "/broadcast 本周五下午三点集中学习。\n", Timeout, ["chat", "--user", "42", .. settings]);
        var (exitCode, output, errors) = await BotProcess.RunAsync(work.Path, "/help\n#1\n/help\n", Timeout, ["chat", "--user", "77", .. settings]);

        Assert.True(exitCode == 0, errors);
        Assert.Contains(UiText.Format(UiText.BroadcastSent, 1, 1), sent, StringComparison.Ordinal);
        Assert.Contains("本周五下午三点集中学习。", output, StringComparison.Ordinal);
        Assert.Contains($"[1] {UiText.ButtonNoticeRead}", output, StringComparison.Ordinal);
        Assert.Contains(UiText.NoticeReadMark, output, StringComparison.Ordinal);

        // Shown once, then again only as the read copy that replaces it; the second /help brings nothing more.
        Assert.Equal(2, output.Split("本周五下午三点集中学习。").Length - 1);
    }
}
