using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Browsing;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Learning;

public abstract class PointsAndHoursTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task FinishingALessonAddsALedgerRowWithItsReason()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var lesson = bot.Services.GetCatalogue().FindLessonByKey("alpha/second")!;

        var page = await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 1));
        await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 1));

        var entry = await bot.QueryAsync(db => db.PointEntries.SingleAsync());
        Assert.Equal(PointReason.LessonFinished, entry.Reason);
        Assert.Equal("alpha/second", entry.Reference);
        Assert.Equal(5, entry.Points);
        Assert.Contains("获得积分 +5", page.Replies[0].Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task EachReasonHasADailyCap()
    {
        await using var bot = await TestBot.StartAsync(storage, content =>
        {
            for (var i = 3; i <= 8; i++)
            {
                content.Write($"courses/alpha/0{i}-extra-{i}.md", $"---\ntitle: 加课{i}\nminutes: 10\n---\n正文。");
            }
        });
        var lessons = bot.Services.GetCatalogue().Courses[0].Lessons.Where(l => l.Pages.Count == 1).ToList();

        var pages = new List<string>();
        foreach (var lesson in lessons)
        {
            pages.Add((await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 1))).Replies[0].Text.Plain);
        }

        Assert.True(lessons.Count >= 6);
        Assert.Equal(20, await bot.QueryAsync(db => db.PointEntries.SumAsync(p => p.Points)));
        Assert.Contains(UiText.Format(UiText.PointsCapReached, 20), pages[^1], StringComparison.Ordinal); // the cap is said, not silent
        Assert.DoesNotContain("上限", pages[0], StringComparison.Ordinal);
        bot.Clock.Advance(TimeSpan.FromDays(1));
        await bot.PressAsync(BrowsingActions.ToLessonPage(bot.Services.GetCatalogue().FindLessonByKey("alpha/first")!.Id, 2));
        Assert.Equal(25, await bot.QueryAsync(db => db.PointEntries.SumAsync(p => p.Points)));
    }

    [SkippableFact]
    public async Task StudyHoursComeFromTheMinutesOfFinishedLessons()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var catalogue = bot.Services.GetCatalogue();
        await bot.PressAsync(BrowsingActions.ToLessonPage(catalogue.FindLessonByKey("alpha/first")!.Id, 2));
        await bot.PressAsync(BrowsingActions.ToLessonPage(catalogue.FindLessonByKey("beta/only")!.Id, 1));

        var me = (await bot.SendAsync("/me")).Replies.Single().Text.Plain;

        // 10 + 8 minutes = 18 minutes = 0.4 of a 45-minute study hour.
        Assert.Contains("今年学时：0.4 / 32", me, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheStudyHourTargetIsConfigurable()
    {
        await using var bot = await TestBot.StartAsync(storage, settings: new Dictionary<string, string?> { ["Learning:AnnualStudyHoursTarget"] = "50" });

        var me = (await bot.SendAsync("/me")).Replies.Single().Text.Plain;

        Assert.Contains("/ 50", me, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task HelpPointsPrintsTheRulesWithTheirCaps()
    {
        await using var bot = await TestBot.StartAsync(storage);

        var text = (await bot.SendAsync("/help 积分")).Replies.Single().Text.Plain;

        Assert.Contains("学完一课：+5 分（每日最多 20 分）", text, StringComparison.Ordinal);
        Assert.Contains("答对一题：+1 分（每日最多 20 分）", text, StringComparison.Ordinal);
        Assert.Contains("完成每日答题", text, StringComparison.Ordinal);
        Assert.Contains("连续答题奖励", text, StringComparison.Ordinal);
        Assert.Contains("45 分钟计 1 学时", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task MeShowsEverythingALearnerTracks()
    {
        await using var bot = await TestBot.StartAsync(storage);
        await new QuizDriver(bot).FinishAsync(await bot.SendAsync("/daily"), i => i % 2 == 0);

        var me = (await bot.SendAsync("/me")).Replies.Single().Text.Plain;

        Assert.Contains("学习积分：", me, StringComparison.Ordinal);
        Assert.Contains("每日答题连续天数：1", me, StringComparison.Ordinal);
        Assert.Contains("答题正确率：3/5（60%）", me, StringComparison.Ordinal);
        Assert.Contains("错题本待复习：2 题", me, StringComparison.Ordinal);
        Assert.Contains("甲课程：0/2 课", me, StringComparison.Ordinal);
    }
}

public sealed class PointsAndHoursTestsOnSqlite() : PointsAndHoursTests(StorageProvider.Sqlite);

public sealed class PointsAndHoursTestsOnPostgres() : PointsAndHoursTests(StorageProvider.Postgres);
