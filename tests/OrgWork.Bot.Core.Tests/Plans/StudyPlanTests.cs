using OrgWork.Bot.Core.Conversation.Browsing;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Plans;

public abstract class StudyPlanTests(StorageProvider storage)
{
    private const string Plan = """
        ---
        title: 2026年度必修课
        year: 2026
        due: 2026-03-31
        audience: 全体
        courses:
          - alpha
          - beta
        hours: 1
        ---
        """;

    [SkippableFact]
    public async Task MeListsThePlanWithEachRequiredCoursesProgressAndTheDueDate()
    {
        await using var bot = await TestBot.StartAsync(storage, content => content.Write("plans/bixiu.md", Plan));
        await bot.PressAsync(BrowsingActions.ToLessonPage(bot.Services.GetCatalogue().FindLessonByKey("beta/only")!.Id, 1));

        var me = (await bot.SendAsync("/me")).Replies.Single().Text.Plain;

        Assert.Contains("学习计划", me, StringComparison.Ordinal);
        Assert.Contains("《2026年度必修课》截止 2026-03-31（还有 29 天）", me, StringComparison.Ordinal);
        Assert.Contains("⬜ 甲课程：0/2 课", me, StringComparison.Ordinal);
        Assert.Contains("✅ 乙课程：1/1 课", me, StringComparison.Ordinal);
        Assert.Contains("⬜ 学时：0.2/1", me, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task APlanForOtherBranchesOrAnotherYearIsNotShown()
    {
        await using var bot = await TestBot.StartAsync(storage, content =>
        {
            content.Write("plans/other-branch.md", Plan.Replace("audience: 全体", "audience:\n  - 城关镇第一党支部", StringComparison.Ordinal));
            content.Write("plans/last-year.md", Plan.Replace("year: 2026", "year: 2025", StringComparison.Ordinal).Replace("due: 2026-03-31", "due: 2025-12-31", StringComparison.Ordinal));
        });

        var me = (await bot.SendAsync("/me")).Replies.Single().Text.Plain;

        Assert.Equal(2, bot.Services.GetCatalogue().Plans.Count);
        Assert.DoesNotContain("学习计划", me, StringComparison.Ordinal);
    }
}

public sealed class StudyPlanTestsOnSqlite() : StudyPlanTests(StorageProvider.Sqlite);

public sealed class StudyPlanTestsOnPostgres() : StudyPlanTests(StorageProvider.Postgres);
