using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Learning;

public abstract class ReviewBookTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task AMissedQuestionEntersTheBookAndIsDueAtOnce()
    {
        await using var bot = await TestBot.StartAsync(storage);
        await new QuizDriver(bot).FinishAsync(await bot.SendAsync("/daily"), i => i != 0);

        var review = await bot.SendAsync("/review");

        Assert.Contains("开始错题复习，共 1 题", review.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Equal(1, await bot.QueryAsync(db => db.ReviewItems.CountAsync()));
    }

    [SkippableFact]
    public async Task AnEmptyBookSaysSo()
    {
        await using var bot = await TestBot.StartAsync(storage);

        Assert.Contains("错题本是空的", (await bot.SendAsync("/review")).Replies.Single().Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task RightAnswersSpaceTheQuestionOutUntilItLeavesTheBook()
    {
        await using var bot = await TestBot.StartAsync(storage);
        await new QuizDriver(bot).FinishAsync(await bot.SendAsync("/daily"), i => i != 0);

        // Box 1 → 2 (due in a day), 2 → 3 (due in three days), right in box 3: mastered.
        await new QuizDriver(bot).FinishAsync(await bot.SendAsync("/review"), _ => true);
        var notYet = await bot.SendAsync("/review");
        bot.Clock.Advance(TimeSpan.FromDays(1));
        await new QuizDriver(bot).FinishAsync(await bot.SendAsync("/review"), _ => true);
        bot.Clock.Advance(TimeSpan.FromDays(3));
        await new QuizDriver(bot).FinishAsync(await bot.SendAsync("/review"), _ => true);

        Assert.Contains("今天没有到期的题目", notYet.Replies.Single().Text.Plain, StringComparison.Ordinal);
        Assert.NotNull(await bot.QueryAsync(db => db.ReviewItems.Select(r => r.MasteredAt).SingleAsync()));
        Assert.Contains("错题本是空的", (await bot.SendAsync("/review")).Replies.Single().Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AMissInReviewSendsTheQuestionBackToTheFirstBox()
    {
        await using var bot = await TestBot.StartAsync(storage);
        await new QuizDriver(bot).FinishAsync(await bot.SendAsync("/daily"), i => i != 0);
        await new QuizDriver(bot).FinishAsync(await bot.SendAsync("/review"), _ => true);
        bot.Clock.Advance(TimeSpan.FromDays(1));

        await new QuizDriver(bot).FinishAsync(await bot.SendAsync("/review"), _ => false);

        var item = await bot.QueryAsync(db => db.ReviewItems.SingleAsync());
        Assert.Equal(1, item.Box);
        Assert.Equal(2, item.MissCount);
    }
}

public sealed class ReviewBookTestsOnSqlite() : ReviewBookTests(StorageProvider.Sqlite);

public sealed class ReviewBookTestsOnPostgres() : ReviewBookTests(StorageProvider.Postgres);
