using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary>Exactly-once effects under redelivery, and flood control, by long polling.</summary>
public sealed class DeliveryTests : IAsyncLifetime
{
    private const long User = 9001;
    private readonly TestFolder _folder = new();
    private FakeBotApi _api = null!;
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();

        // A window of an hour: the test's speed cannot decide what counts as a flood.
        _bot = await RunningBot.StartAsync(_api, _folder, "--Telegram:FloodWindow=01:00:00");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task AnUpdateDeliveredAgainIsAppliedOnce()
    {
        var body = _api.Updates.Text(User, "/start");
        var id = _api.AddUpdate(body);
        await _api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long);
        await _api.WaitUntilConfirmedAsync(id, Wait.Long);

        _api.Redeliver(body);
        var marker = _api.SendText(User, "/help");
        await _api.WaitForAsync(c => c.Method == "sendMessage" && c.Text!.Contains(UiText.HelpTitle, StringComparison.Ordinal), Wait.Long);
        await _api.WaitUntilConfirmedAsync(marker, Wait.Long);

        Assert.Equal(2, _api.Calls.Count(c => c.Method == "sendMessage"));
        Assert.Equal(2, await _bot.QueryAsync(db => db.ProcessedUpdates.CountAsync()));
    }

    [Fact]
    public async Task MoreThanTwentyInputsGetOneNoticeAndTheRestIsDropped()
    {
        var last = 0;
        for (var i = 0; i < 25; i++)
        {
            last = _api.SendText(User, "/help");
        }

        await _api.WaitUntilConfirmedAsync(last, Wait.Long);
        await _api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long, skip: 20);
        await Wait.UntilAsync(() => _bot.QueryAsync(async db => !await db.OutboxMessages.AnyAsync()), "all replies are sent");

        var sent = _api.Calls.Where(c => c.Method == "sendMessage").ToList();
        Assert.Equal(20, sent.Count(c => c.Text!.Contains(UiText.HelpTitle, StringComparison.Ordinal)));
        Assert.Single(sent, c => c.Text == UiText.TooFast);
        Assert.Equal(21, sent.Count);
        Assert.Equal(20, await _bot.QueryAsync(db => db.ProcessedUpdates.CountAsync()));
    }

    [Fact]
    public async Task OneUsersFloodDoesNotThrottleAnother()
    {
        for (var i = 0; i < 22; i++)
        {
            _api.SendText(User, "/help");
        }

        var other = _api.SendText(User + 1, "/help");
        await _api.WaitUntilConfirmedAsync(other, Wait.Long);
        await _api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == User + 1, Wait.Long);
    }
}
