using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Knowledge;

/// <summary>Feedback under answers, the staff queue, and staff replies reaching the askers.</summary>
public abstract class StaffQueueTests(StorageProvider storage)
{
    private const long Staff = 9001;
    private const string Answered = "生活困难的党员可以免交党费吗？";
    private const string Unanswerable = "火星基地的建设标准是什么？";

    private static Dictionary<string, string?> StaffSettings() => new() { ["Bot:Admins:0"] = "9001" };

    [SkippableFact]
    public async Task EveryAnswerHasThumbsAndFeedbackCountsOncePerMemberAndAnswer()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage, StaffSettings());
        var answer = await bot.SendAsync(Answered);

        var first = await bot.PressAsync(answer, UiText.ButtonHelpful);
        var again = await bot.PressAsync(answer, UiText.ButtonHelpful);
        var changed = await bot.PressAsync(answer, UiText.ButtonNotHelpful);

        Assert.Equal(UiText.FeedbackThanks, first.Toast);
        Assert.Equal(UiText.FeedbackAlreadyGiven, again.Toast);
        Assert.Equal(UiText.FeedbackAlreadyGiven, changed.Toast);
        var feedback = Assert.Single(await bot.QueryAsync(db => db.Set<AnswerFeedback>().ToListAsync()));
        Assert.True(feedback.Helpful);
        Assert.Empty(await bot.QueryAsync(db => db.Set<StaffQueueItem>().ToListAsync()));
    }

    [SkippableFact]
    public async Task UnansweredQuestionsAndDislikedAnswersAreQueuedForStaffOnly()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage, StaffSettings());
        await bot.SendAsync(Unanswerable, userId: 1001);
        await bot.SendAsync(Unanswerable, userId: 1002);
        var disliked = await bot.SendAsync(Answered, userId: 1003);
        Assert.Equal(UiText.FeedbackQueued, (await bot.PressAsync(disliked, UiText.ButtonNotHelpful, userId: 1003)).Toast);

        var queue = (await bot.SendAsync("/queue", userId: Staff)).Replies.Single().Text.Plain;
        var refused = (await bot.SendAsync("/queue", userId: 1001)).Replies.Single().Text.Plain;

        Assert.Contains("火星基地的建设标准是什么？", queue, StringComparison.Ordinal);
        Assert.Contains(UiText.Format(UiText.QueueLine, 2, UiText.QueueReasonUnanswered, UiText.QueueNoBranch), queue, StringComparison.Ordinal);
        Assert.Contains(UiText.Format(UiText.QueueLine, 1, UiText.QueueReasonDisliked, UiText.QueueNoBranch), queue, StringComparison.Ordinal);
        Assert.Contains("少交或者免交党费", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("火星", refused, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AStaffAnswerReachesEveryAskerOnceWithTheirNextMessageAndClosesTheQuestion()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage, StaffSettings());
        await bot.SendAsync(Unanswerable, userId: 1001);
        await bot.SendAsync(Unanswerable, userId: 1002);
        var number = await bot.QueryAsync(db => db.Set<StaffQueueItem>().MinAsync(i => i.Id));

        var sent = (await bot.SendAsync($"/answer {number} 目前没有这方面的文件，请咨询县委组织部。", userId: Staff)).Replies.Single().Text.Plain;
        var first = await bot.SendAsync("/help", userId: 1001);
        var later = await bot.SendAsync("/help", userId: 1001);
        var other = await bot.SendAsync("你好", userId: 1002);

        Assert.Equal(UiText.Format(UiText.AnswerSent, "火星基地的建设标准是什么？", 2), sent);
        Assert.Contains(first.Replies, r => r.Text.Plain.Contains("目前没有这方面的文件", StringComparison.Ordinal));
        Assert.DoesNotContain(later.Replies, r => r.Text.Plain.Contains("目前没有这方面的文件", StringComparison.Ordinal));
        Assert.Contains(other.Replies, r => r.Text.Plain.Contains("火星基地", StringComparison.Ordinal));
        Assert.Equal(UiText.QueueEmpty, (await bot.SendAsync("/queue", userId: Staff)).Replies.Single().Text.Plain);
        Assert.Equal(UiText.Format(UiText.AnswerNoSuchQuestion, number), (await bot.SendAsync($"/answer {number} 再答一次", userId: Staff)).Replies.Single().Text.Plain);
    }

    [SkippableFact]
    public async Task OnAChannelThatCanPushTheStaffAnswerIsSentAtOnceAndNotRepeated()
    {
        var channel = new RecordingBroadcastChannel();
        await using var bot = await KnowledgeBot.StartAsync(storage, StaffSettings(), configure: s => s.AddSingleton<IBroadcastChannel>(channel));
        await bot.SendAsync(Unanswerable, userId: 1001);
        var number = await bot.QueryAsync(db => db.Set<StaffQueueItem>().MinAsync(i => i.Id));

        await bot.SendAsync($"/answer {number} 请咨询县委组织部。", userId: Staff);
        var next = await bot.SendAsync("/help", userId: 1001);

        var (userId, reply) = Assert.Single(channel.Sent);
        Assert.Equal(1001, userId);
        Assert.Contains("请咨询县委组织部。", reply.Text.Plain, StringComparison.Ordinal);
        Assert.DoesNotContain(next.Replies, r => r.Text.Plain.Contains("请咨询县委组织部", StringComparison.Ordinal));
    }
}

public sealed class StaffQueueTestsOnSqlite() : StaffQueueTests(StorageProvider.Sqlite);

public sealed class StaffQueueTestsOnPostgres() : StaffQueueTests(StorageProvider.Postgres);
