using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary>The outbound pipeline against Bot API failures, as the fake answers them.</summary>
public sealed class SendingTests : PollingBotTest
{
    private const long User = 6001;

    [Fact]
    public async Task TooManyRequestsWaitsRetryAfterThenSucceeds()
    {
        Api.FailNext("sendMessage", FakeFailure.TooManyRequests(retryAfterSeconds: 1));
        Api.SendText(User, "/help");

        var delivered = await Api.WaitForAsync(c => c.Method == "sendMessage" && !c.Failed, Wait.Long);
        var refused = Assert.Single(Api.Calls, c => c.Method == "sendMessage" && c.Failed);
        Assert.True(delivered.At - refused.At >= TimeSpan.FromSeconds(0.95), $"retried after {delivered.At - refused.At}, before retry_after");
        Assert.Equal(refused.Text, delivered.Text);
        await AssertOutboxEmptyAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BadGatewayIsRetriedThenSucceeds(bool proxyPage)
    {
        Api.FailNext("sendMessage", proxyPage ? FakeFailure.ProxyBadGateway() : FakeFailure.BadGateway(), times: 2);
        Api.SendText(User, "/help");

        var delivered = await Api.WaitForAsync(c => c.Method == "sendMessage" && !c.Failed, Wait.Long);
        Assert.Equal(2, Api.Calls.Count(c => c.Method == "sendMessage" && c.Failed));
        Assert.Contains("/courses", delivered.Text, StringComparison.Ordinal);
        await AssertOutboxEmptyAsync();
    }

    [Fact]
    public async Task AnUnchangedEditCountsAsDelivered()
    {
        Api.SendText(User, "/courses");
        var list = await Api.WaitForAsync(c => c.Method == "sendMessage" && c.Buttons.Count > 0, Wait.Long);
        Api.FailNext("editMessageText", FakeFailure.NotModified());
        Api.PressButton(User, User, list.CreatedMessageId!.Value, "1:cat");

        await Api.WaitForAsync(c => c.Method == "editMessageText" && c.Failed, Wait.Long);
        await Api.WaitForAsync(c => c.Method == "answerCallbackQuery", Wait.Long);
        await AssertOutboxEmptyAsync();
        Assert.Single(Api.Calls, c => c.Method == "editMessageText");
        Assert.Single(Api.Calls, c => c.Method == "sendMessage");
    }

    [Fact]
    public async Task BlockedByTheUserMarksTheLearnerInactive()
    {
        Api.Interceptor = (call, _) => Task.FromResult(call.Method == "sendMessage" && call.ChatId == User ? FakeFailure.Blocked() : null);
        Api.SendText(User, "/start");

        await Wait.UntilAsync(
            () => Bot.QueryAsync(db => db.Learners.AnyAsync(l => l.Id == User && !l.IsActive)),
            "the learner is marked inactive");
        Assert.Single(Api.Calls, c => c.Method == "sendMessage");
        await AssertOutboxEmptyAsync();
    }

    [Fact]
    public async Task BlockingAndUnblockingInTheChatUpdatesTheLearner()
    {
        Api.SendText(User, "/start");
        await Api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long);

        Api.AddUpdate(FakeUpdates.MyChatMember(User, "kicked"));
        await Wait.UntilAsync(() => Bot.QueryAsync(db => db.Learners.AnyAsync(l => l.Id == User && !l.IsActive)), "blocked");

        Api.AddUpdate(FakeUpdates.MyChatMember(User, "member"));
        await Wait.UntilAsync(() => Bot.QueryAsync(db => db.Learners.AnyAsync(l => l.Id == User && l.IsActive)), "unblocked");
    }

    private async Task AssertOutboxEmptyAsync() =>
        await Wait.UntilAsync(() => Bot.QueryAsync(async db => !await db.OutboxMessages.AnyAsync()), "the outbox is empty");
}
