using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary>Reminders through <see cref="IBroadcastChannel"/>: paced, isolated per chat, images as photos.</summary>
public sealed class BroadcastTests : PollingBotTest
{
    [Fact]
    public async Task ASlowChatDoesNotHoldUpTheOthers()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Api.Interceptor = async (call, aborted) =>
        {
            if (call.Method == "sendMessage" && call.ChatId == 1)
            {
                await release.Task.WaitAsync(aborted);
            }

            return null;
        };

        var broadcast = Broadcaster().BroadcastAsync([1, 2, 3, 4], ReplyFactory.Plain("明天上午九点集中学习。"), CancellationToken.None);
        foreach (var chat in new long[] { 2, 3, 4 })
        {
            await Api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == chat, Wait.Long);
        }

        Assert.False(broadcast.IsCompleted);
        release.SetResult();
        var report = await broadcast.WaitAsync(Wait.Long);
        Assert.Equal(new BroadcastReport(4, 0, 0), report);
    }

    [Fact]
    public async Task BlockedRecipientsAreCountedAndMarkedInactive()
    {
        Api.SendText(7, "/start");
        await Api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == 7, Wait.Long);
        Api.Interceptor = (call, _) => Task.FromResult(call.ChatId == 7 ? FakeFailure.Blocked() : null);

        var report = await Broadcaster().BroadcastAsync([7, 8], ReplyFactory.Plain("提醒"), CancellationToken.None).WaitAsync(Wait.Long);

        Assert.Equal(new BroadcastReport(1, 1, 0), report);
        Assert.False(await Bot.QueryAsync(db => db.Learners.Where(l => l.Id == 7).Select(l => l.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task AnImageGoesAsAPhotoWithItsTextAsCaption()
    {
        var chart = new ReplyImage("report.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3 });
        var reply = ReplyFactory.Plain("本周学习完成率") with { Image = chart };

        await Broadcaster().BroadcastAsync([9], reply, CancellationToken.None).WaitAsync(Wait.Long);

        var photo = Assert.Single(Api.Calls, c => c.Method == "sendPhoto");
        Assert.Equal("本周学习完成率", photo.Text);
        Assert.Equal("report.png", photo.Parameters["photo"]!["file_name"]!.ToString());
        Assert.Equal(7L, (long)photo.Parameters["photo"]!["length"]!);
    }

    private IBroadcastChannel Broadcaster() => Bot.Services.GetRequiredService<IBroadcastChannel>();
}
