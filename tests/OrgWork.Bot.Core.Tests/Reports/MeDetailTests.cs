using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Browsing;
using OrgWork.Bot.Core.Reports.Ledger;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Reports;

public abstract class MeDetailTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task MeDetailListsEveryPointsAndHoursRowWithItsReasonAndDate()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var lesson = bot.Services.GetCatalogue().FindLessonByKey("alpha/second")!;
        await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 1));

        var reply = (await bot.SendAsync("/me 明细")).Replies.Single();

        var text = reply.Text.Plain;
        Assert.Contains("累计积分 5，今年学时 ", text, StringComparison.Ordinal);
        Assert.Contains($"2026-03-02  积分 +5  学完一课《{lesson.Title}》", text, StringComparison.Ordinal);
        Assert.Contains($"2026-03-02  学时 +{lesson.Minutes} 分钟  学完《{lesson.Title}》", text, StringComparison.Ordinal);
        Assert.Contains("第 1/1 页，共 2 条", text, StringComparison.Ordinal);
        Assert.Empty(reply.Buttons);
    }

    [SkippableFact]
    public async Task MeMentionsTheDetail()
    {
        await using var bot = await TestBot.StartAsync(storage);

        var text = (await bot.SendAsync("/me")).Replies.Single().Text.Plain;

        Assert.Contains("/me 明细", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ALongLedgerIsPagedNewestFirstWithButtons()
    {
        await using var bot = await TestBot.StartAsync(storage);
        await bot.SendAsync("/start");
        await bot.QueryAsync(async db =>
        {
            for (var day = 1; day <= 20; day++)
            {
                var date = new DateOnly(2026, 2, day);
                db.PointEntries.Add(new PointEntry { LearnerId = 1001, Reason = PointReason.DailyQuiz, Reference = date.ToString("O", System.Globalization.CultureInfo.InvariantCulture), Points = 3, OccurredAt = date.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc), LocalDate = date });
            }

            return await db.SaveChangesAsync();
        });

        var first = await bot.SendAsync("/me 明细");
        var second = await bot.PressAsync(first, "下一页");
        var back = await bot.PressAsync(second, "上一页");

        Assert.Contains("2026-02-20  积分 +3  完成每日答题", first.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-02-05", first.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("第 1/2 页，共 20 条", first.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.True(second.Replies[0].ReplacesSource);
        Assert.Contains("2026-02-05  积分 +3", second.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("2026-02-01", second.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("第 2/2 页", second.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.DoesNotContain(second.Replies[0].Buttons.SelectMany(r => r), b => b.Label.Contains("下一页", StringComparison.Ordinal));
        Assert.Equal(first.Replies[0].Text.Plain, back.Replies[0].Text.Plain);
    }

    [SkippableFact]
    public async Task APageButtonShowsThePressersOwnLedger()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var lesson = bot.Services.GetCatalogue().FindLessonByKey("alpha/second")!;
        await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 1), 1);

        var other = await bot.PressAsync(ButtonPayload.Create(MeDetail.PageAction, "1"), 2);
        var forged = await bot.PressAsync(ButtonPayload.Create(MeDetail.PageAction, "x"), 2);

        Assert.Contains(UiText.LedgerEmpty, other.Replies.Single().Text.Plain, StringComparison.Ordinal);
        Assert.Equal(UiText.StaleButton, forged.Toast);
    }
}

public sealed class MeDetailTestsOnSqlite() : MeDetailTests(StorageProvider.Sqlite);

public sealed class MeDetailTestsOnPostgres() : MeDetailTests(StorageProvider.Postgres);
