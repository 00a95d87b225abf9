using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Telegram.Outbound;
using OrgWork.Bot.Tests.ScaleOut.Support;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.ScaleOut;

/// <summary>
/// A reply committed by an instance that died before sending it: the other instances leave it alone while
/// its lease holds, then exactly one of them sends it.
/// </summary>
public sealed class OutboxTakeOverTests : TwoWebhookInstancesTest
{
    private const long User = 8501;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);

    private protected override string[] Settings => [$"--Telegram:OutboxLease={Lease}"];

    [SkippableFact]
    public async Task AnOrphanedReplyIsSentOnceByOneInstanceAfterItsLease()
    {
        PostgresTestServer.RequireConnectionString();
        const string text = "这条回复由已停止的实例提交";
        await First.QueryAsync(async db =>
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                DeliveryId = "tg:99999",
                ChatId = User.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Channel = "telegram",
                Payload = OutboxPayload.Serialize(ReplyPlanner.ForReply(ReplyFactory.Plain(text))),
                CreatedAt = DateTime.UtcNow,
                ClaimedUntil = DateTime.UtcNow + Lease,
            });
            return await db.SaveChangesAsync();
        });

        var whileLeased = await ResendOnBothAsync();
        var afterLease = 0;
        await Wait.UntilAsync(async () => (afterLease += await ResendOnBothAsync()) > 0, "an instance claimed the reply once its lease was over");
        await Api.WaitForAsync(c => c.Method == "sendMessage" && c.Text == text, Wait.Long);
        await Wait.UntilAsync(async () => !await First.QueryAsync(db => db.OutboxMessages.AnyAsync()), "the sent reply left the outbox");

        Assert.Equal(0, whileLeased);
        Assert.Equal(1, afterLease);
        Assert.Equal(0, await ResendOnBothAsync());
        Assert.Single(Api.Calls, c => c.Method == "sendMessage" && c.Text == text);
    }

    private async Task<int> ResendOnBothAsync()
    {
        var queued = await Task.WhenAll(
            First.Services.GetRequiredService<OutboxRecovery>().ResendAsync(ignoreClaims: false, CancellationToken.None),
            Second.Services.GetRequiredService<OutboxRecovery>().ResendAsync(ignoreClaims: false, CancellationToken.None));
        return queued.Sum();
    }
}
