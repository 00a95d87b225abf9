using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary>The outbound pipeline against Bot API failures, as the fake answers them.</summary>
public sealed class SendingTests : IAsyncLifetime
{
    private const long User = 6001;
    private readonly TestFolder _folder = new();
    private FakeBotApi _api = null!;
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _bot = await RunningBot.StartAsync(_api, _folder);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task TooManyRequestsWaitsRetryAfterThenSucceeds()
    {
        _api.FailNext("sendMessage", FakeFailure.TooManyRequests(retryAfterSeconds: 1));
        _api.SendText(User, "/help");

        var delivered = await _api.WaitForAsync(c => c.Method == "sendMessage" && !c.Failed, Wait.Long);
        var refused = Assert.Single(_api.Calls, c => c.Method == "sendMessage" && c.Failed);
        Assert.True(delivered.At - refused.At >= TimeSpan.FromSeconds(0.95), $"retried after {delivered.At - refused.At}, before retry_after");
        Assert.Equal(refused.Text, delivered.Text);
        await AssertOutboxEmptyAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BadGatewayIsRetriedThenSucceeds(bool proxyPage)
    {
        _api.FailNext("sendMessage", proxyPage ? FakeFailure.ProxyBadGateway() : FakeFailure.BadGateway(), times: 2);
        _api.SendText(User, "/help");

        var delivered = await _api.WaitForAsync(c => c.Method == "sendMessage" && !c.Failed, Wait.Long);
        Assert.Equal(2, _api.Calls.Count(c => c.Method == "sendMessage" && c.Failed));
        Assert.Contains("/courses", delivered.Text, StringComparison.Ordinal);
        await AssertOutboxEmptyAsync();
    }

    [Fact]
    public async Task AnUnchangedEditCountsAsDelivered()
    {
        _api.SendText(User, "/courses");
        var list = await _api.WaitForAsync(c => c.Method == "sendMessage" && c.Buttons.Count > 0, Wait.Long);
        _api.FailNext("editMessageText", FakeFailure.NotModified());
        _api.PressButton(User, User, list.CreatedMessageId!.Value, "1:cat");

        await _api.WaitForAsync(c => c.Method == "editMessageText" && c.Failed, Wait.Long);
        await _api.WaitForAsync(c => c.Method == "answerCallbackQuery", Wait.Long);
        await AssertOutboxEmptyAsync();
        Assert.Single(_api.Calls, c => c.Method == "editMessageText");
        Assert.Single(_api.Calls, c => c.Method == "sendMessage");
    }

    [Fact]
    public async Task BlockedByTheUserMarksTheLearnerInactive()
    {
        _api.Interceptor = (call, _) => Task.FromResult(call.Method == "sendMessage" && call.ChatId == User ? FakeFailure.Blocked() : null);
        _api.SendText(User, "/start");

        await Wait.UntilAsync(
            () => _bot.QueryAsync(db => db.Learners.AnyAsync(l => l.Id == User && !l.IsActive)),
            "the learner is marked inactive");
        Assert.Single(_api.Calls, c => c.Method == "sendMessage");
        await AssertOutboxEmptyAsync();
    }

    [Fact]
    public async Task BlockingAndUnblockingInTheChatUpdatesTheLearner()
    {
        _api.SendText(User, "/start");
        await _api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long);

        _api.AddUpdate(FakeUpdates.MyChatMember(User, "kicked"));
        await Wait.UntilAsync(() => _bot.QueryAsync(db => db.Learners.AnyAsync(l => l.Id == User && !l.IsActive)), "blocked");

        _api.AddUpdate(FakeUpdates.MyChatMember(User, "member"));
        await Wait.UntilAsync(() => _bot.QueryAsync(db => db.Learners.AnyAsync(l => l.Id == User && l.IsActive)), "unblocked");
    }

    private async Task AssertOutboxEmptyAsync() =>
        await Wait.UntilAsync(() => _bot.QueryAsync(async db => !await db.OutboxMessages.AnyAsync()), "the outbox is empty");
}
