using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Learning;

public abstract class DailyQuizTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task TheDailyQuizHasFiveQuestionsFromBanksAndLessons()
    {
        await using var bot = await TestBot.StartAsync(storage);

        var start = await bot.SendAsync("/daily");
        await new QuizDriver(bot).FinishAsync(start, _ => true);

        var sources = await bot.QueryAsync(db => db.QuizAnswers.Select(a => a.SourceKey).ToListAsync());
        Assert.Equal(5, sources.Count);
        Assert.Contains("quizzes/bank", sources);
        Assert.Contains("alpha/first", sources);
    }

    [SkippableFact]
    public async Task PointsForTheDailyQuizComeOncePerDay()
    {
        await using var bot = await TestBot.StartAsync(storage);
        await new QuizDriver(bot).FinishAsync(await bot.SendAsync("/daily"), _ => true);

        var again = await bot.SendAsync("/daily");

        Assert.Contains("每日答题结束", again.Replies.Single().Text.Plain, StringComparison.Ordinal);
        Assert.Equal(1, await bot.QueryAsync(db => db.PointEntries.CountAsync(p => p.Reason == PointReason.DailyQuiz)));
        Assert.Equal(1, await bot.QueryAsync(db => db.QuizAttempts.CountAsync()));
    }

    [SkippableFact]
    public async Task ASecondDailyTheSameDaySaysItIsDoneAndRepeatsThePointsTheFirstSummaryGave()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var end = await new QuizDriver(bot).FinishAsync(await bot.SendAsync("/daily"), _ => true);

        var again = (await bot.SendAsync("/daily")).Replies.Single().Text.Plain;

        var points = System.Text.RegularExpressions.Regex.Match(end.Replies[^1].Text.Plain, @"获得积分 \+\d+").Value;
        Assert.NotEmpty(points);
        Assert.StartsWith(UiText.DailyAlreadyDone, again, StringComparison.Ordinal);
        Assert.Contains(points + "。", again, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheDayIsCountedInShanghaiTime()
    {
        await using var bot = await TestBot.StartAsync(storage);
        bot.Clock.Now = new DateTimeOffset(2026, 3, 2, 15, 30, 0, TimeSpan.Zero); // 23:30 in Shanghai
        await new QuizDriver(bot).FinishAsync(await bot.SendAsync("/daily"), _ => true);
        bot.Clock.Advance(TimeSpan.FromHours(1)); // 00:30 the next day in Shanghai, still 2 March in UTC

        var next = await bot.SendAsync("/daily");

        Assert.Contains("开始每日答题", next.Replies[0].Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ConsecutiveDaysMakeAStreakAndEarnABonus()
    {
        await using var bot = await TestBot.StartAsync(storage);
        ConversationResult end = null!;
        for (var day = 0; day < 3; day++)
        {
            end = await new QuizDriver(bot).FinishAsync(await bot.SendAsync("/daily"), _ => true);
            bot.Clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Contains("已连续完成每日答题 3 天", end.Replies.Last().Text.Plain, StringComparison.Ordinal);
        Assert.Equal(1, await bot.QueryAsync(db => db.PointEntries.CountAsync(p => p.Reason == PointReason.StreakBonus)));
    }

    [SkippableFact]
    public async Task AMissedDayBreaksTheStreak()
    {
        await using var bot = await TestBot.StartAsync(storage);
        await new QuizDriver(bot).FinishAsync(await bot.SendAsync("/daily"), _ => true);
        bot.Clock.Advance(TimeSpan.FromDays(2));

        var end = await new QuizDriver(bot).FinishAsync(await bot.SendAsync("/daily"), _ => true);

        Assert.Contains("已连续完成每日答题 1 天", end.Replies.Last().Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PreviouslyMissedQuestionsComeBackFirst()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var first = await bot.SendAsync("/daily");
        var missed = QuizDriver.CurrentQuestion(bot, first);
        await new QuizDriver(bot).FinishAsync(first, i => i != 0);
        bot.Clock.Advance(TimeSpan.FromDays(1));

        var next = await bot.SendAsync("/daily");
        var asked = new List<string>();
        var current = next;
        var driver = new QuizDriver(bot);
        while (QuizDriver.IsQuestion(current))
        {
            asked.Add(QuizDriver.CurrentQuestion(bot, current).Id);
            current = await driver.AnswerAsync(current, correctly: true);
        }

        Assert.Contains(missed.Id, asked);
    }

    [SkippableFact]
    public async Task StartedInAGroupTheQuizGoesToThePrivateChat()
    {
        await using var bot = await TestBot.StartAsync(storage);

        var result = await bot.Engine.HandleAsync(ChatInput.FromText("test", "group-1", 1001, "/daily") with { IsPrivateChat = false }, CancellationToken.None);
        var courses = await bot.Engine.HandleAsync(ChatInput.FromText("test", "group-1", 1001, "/courses") with { IsPrivateChat = false }, CancellationToken.None);

        Assert.All(result.Replies, r => Assert.True(r.IsPrivate));
        Assert.All(courses.Replies, r => Assert.False(r.IsPrivate));
    }
}

public sealed class DailyQuizTestsOnSqlite() : DailyQuizTests(StorageProvider.Sqlite);

public sealed class DailyQuizTestsOnPostgres() : DailyQuizTests(StorageProvider.Postgres);
