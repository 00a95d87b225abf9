using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Knowledge;

/// <summary>
/// A question waiting on the model holds nothing anyone else needs: the model is a fake OpenAI server on loopback whose
/// answer the test holds back, and everything else must be answered before it is let go.
/// </summary>
public abstract class SlowModelTests(StorageProvider storage) : IAsyncLifetime
{
    private const string Question = "生活困难的党员可以免交党费吗？";
    private const long Asker = 2001;
    private const long Other = 2002;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _server.Reply = "生活确有困难的党员，经批准可以少交或者免交党费[1]。";
    }

    public async Task DisposeAsync()
    {
        _server.ReleaseChat();
        _server.ReleaseEmbeddings();
        await _server.DisposeAsync();
    }

    [SkippableFact]
    public async Task OtherMembersNavigateAndAnswerQuizzesWhileAQuestionWaitsOnTheModel()
    {
        await using var bot = await StartAsync();
        _server.HoldChat();

        var asking = bot.SendAsync(Question, Asker);
        await _server.WaitForChatRequestsAsync(1, Patience);

        var help = await bot.SendAsync("/help", Other);
        var lesson = await bot.PressAsync(await bot.PressAsync(await bot.SendAsync("/courses", Other), "甲课程", Other), "第一课", Other);
        var nextPage = await bot.PressAsync(lesson, UiText.ButtonNext, Other);
        var daily = await bot.SendAsync("/daily", Other);
        var answered = await new QuizDriver(bot, Other).AnswerAsync(daily, correctly: true);

        Assert.False(asking.IsCompleted, "the question was answered before the model replied");
        Assert.Contains(UiText.HelpTitle, help.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("第一课第二页", nextPage.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.NotEmpty(answered.Replies);

        _server.ReleaseChat();
        var answer = (await asking).Replies.Single().Text.Plain;
        Assert.StartsWith(_server.Reply, answer, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AModelThatNeverAnswersStallsNobodyAndEndsInTheExtractiveAnswerWithANote()
    {
        await using var bot = await StartAsync(("Ai:TimeoutSeconds", "1"));
        _server.HoldChat();

        var asking = bot.SendAsync(Question, Asker);
        await _server.WaitForChatRequestsAsync(1, Patience);
        var help = await bot.SendAsync("/help", Other);

        Assert.False(asking.IsCompleted);
        Assert.Contains(UiText.HelpTitle, help.Replies[0].Text.Plain, StringComparison.Ordinal);
        var answer = (await asking.WaitAsync(Patience)).Replies.Single().Text.Plain;
        Assert.Contains("少交或者免交党费", answer, StringComparison.Ordinal);
        Assert.Contains(UiText.PolicyModelUnavailable, answer, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ASecondQuestionWhileTheFirstIsPendingIsToldToWaitAndTheMemberCanStillBrowse()
    {
        await using var bot = await StartAsync();
        _server.HoldChat();

        var asking = bot.SendAsync(Question, Asker);
        await _server.WaitForChatRequestsAsync(1, Patience);
        var second = await bot.SendAsync("党员每月交多少党费？", Asker);
        var courses = await bot.SendAsync("/courses", Asker);

        Assert.Equal(UiText.PolicyStillAnswering, second.Replies.Single().Text.Plain);
        Assert.Contains(UiText.CatalogueTitle, courses.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Equal(1, _server.ChatRequestsArrived);
        _server.ReleaseChat();
        await asking;
        var afterwards = await bot.SendAsync("党员每月交多少党费？", Asker);
        Assert.NotEqual(UiText.PolicyStillAnswering, afterwards.Replies.Single().Text.Plain);
    }

    [SkippableFact]
    public async Task PastTheConcurrencyLimitAndItsQueueMembersGetTheExtractiveAnswerAtOnce()
    {
        await using var bot = await StartAsync(("Ai:MaxConcurrentRequests", "1"), ("Ai:MaxQueuedRequests", "1"));
        _server.HoldChat();

        var first = bot.SendAsync(Question, 3001);
        await _server.WaitForChatRequestsAsync(1, Patience);
        var queued = bot.SendAsync(Question, 3002);
        await Eventually.TrueAsync(() => bot.Services.GetRequiredService<ModelAdmission>().Queued == 1, "the second question queued for a model slot");
        var refused = await bot.SendAsync(Question, 3003);

        var text = refused.Replies.Single().Text.Plain;
        Assert.Contains(UiText.PolicyModelBusy, text, StringComparison.Ordinal);
        Assert.Contains("少交或者免交党费", text, StringComparison.Ordinal);
        Assert.False(first.IsCompleted || queued.IsCompleted);
        _server.ReleaseChat();
        Assert.DoesNotContain(UiText.PolicyModelBusy, (await queued).Replies.Single().Text.Plain, StringComparison.Ordinal);
        await first;
    }

    [SkippableFact]
    public async Task AMemberPastTheModelBudgetGetsTheExtractiveAnswerWithANote()
    {
        await using var bot = await StartAsync(("Ai:MaxRequestsPerMemberPerMinute", "2"));

        var replies = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            replies.Add((await bot.SendAsync(Question, Asker)).Replies.Single().Text.Plain);
        }

        Assert.Equal(2, _server.ChatRequestsArrived);
        Assert.Contains(UiText.PolicyModelBudget, replies[2], StringComparison.Ordinal);
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.DoesNotContain(UiText.PolicyModelBudget, (await bot.SendAsync(Question, Asker)).Replies.Single().Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AReplayedDeliveryWhileTheFirstCopyWaitsIsAppliedOnce()
    {
        await using var bot = await StartAsync();
        _server.HoldChat();

        var first = bot.SendAsync(Question, Asker, deliveryId: "test:77");
        await _server.WaitForChatRequestsAsync(1, Patience);
        var replay = bot.SendAsync(Question, Asker, deliveryId: "test:77");
        _server.ReleaseChat();

        Assert.NotEmpty((await first).Replies);
        Assert.True((await replay).WasDuplicate);
        Assert.Equal(1, _server.ChatRequestsArrived);
        Assert.Equal(1, await bot.QueryAsync(db => Task.FromResult(db.Set<Core.Knowledge.Storage.PolicyChatTurn>().Count())));
    }

    private Task<TestBot> StartAsync(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Ai:Endpoint"] = _server.Endpoint,
            ["Ai:ChatModel"] = "test-model",
            ["Ai:Streaming"] = "false",
            ["Ai:TimeoutSeconds"] = "30",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return KnowledgeBot.StartAsync(storage, all);
    }
}

public sealed class SlowModelTestsOnSqlite() : SlowModelTests(StorageProvider.Sqlite);

public sealed class SlowModelTestsOnPostgres() : SlowModelTests(StorageProvider.Postgres);
