using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Telegram.Outbound;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.ScaleOut;

/// <summary>
/// A reply committed by an instance that died before sending it: the other instances leave it alone while
/// its lease holds, then exactly one of them sends it.
/// </summary>
public sealed class OutboxTakeOverTests : IAsyncLifetime
{
    private const long User = 8501;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);
    private readonly TestFolder _folder = new();
    private TestDatabase? _database;
    private FakeBotApi _api = null!;
    private RunningBot _first = null!;
    private RunningBot _second = null!;

    public async Task InitializeAsync()
    {
        if (PostgresTestServer.ConnectionString is null)
        {
            return;
        }

        _database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        _api = await FakeBotApi.StartAsync();
        string[] settings =
        [
            "--Storage:Provider=Postgres",
            $"--ConnectionStrings:OrgWork={_database.ConnectionString}",
            "--Telegram:WebhookUrl=https://bot.example.org/telegram/webhook",
            "--Telegram:WebhookSecret=take-over_secret",
            $"--Telegram:OutboxLease={Lease}",
        ];
        _first = await RunningBot.StartAsync(_api, _folder, settings);
        _second = await RunningBot.StartAsync(_api, _folder, settings);
    }

    public async Task DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }

        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _api.DisposeAsync();
        await _database.DisposeAsync();
        _folder.Delete();
    }

    [SkippableFact]
    public async Task AnOrphanedReplyIsSentOnceByOneInstanceAfterItsLease()
    {
        PostgresTestServer.RequireConnectionString();
        const string text = "这条回复由已停止的实例提交";
        await _first.QueryAsync(async db =>
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
        await Task.Delay(Lease + TimeSpan.FromSeconds(1));
        var afterLease = await ResendOnBothAsync();
        await _api.WaitForAsync(c => c.Method == "sendMessage" && c.Text == text, Wait.Long);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(0, whileLeased);
        Assert.Equal(1, afterLease);
        Assert.Single(_api.Calls, c => c.Method == "sendMessage" && c.Text == text);
        Assert.False(await _first.QueryAsync(db => db.OutboxMessages.AnyAsync()));
    }

    private async Task<int> ResendOnBothAsync()
    {
        var queued = await Task.WhenAll(
            _first.Services.GetRequiredService<OutboxRecovery>().ResendAsync(ignoreClaims: false, CancellationToken.None),
            _second.Services.GetRequiredService<OutboxRecovery>().ResendAsync(ignoreClaims: false, CancellationToken.None));
        return queued.Sum();
    }
}
