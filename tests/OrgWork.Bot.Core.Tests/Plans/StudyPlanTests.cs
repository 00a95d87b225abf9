using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation.Browsing;
using OrgWork.Bot.Core.Jobs;
using OrgWork.Bot.Core.Notices;
using OrgWork.Bot.Core.Plans;
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
    public async Task TheReportShowsHowManyMembersFinishedEachPlanPerBranch()
    {
        await using var bot = await TestBot.StartAsync(
            storage, content => content.Write("plans/bixiu.md", Plan.Replace("  - alpha\n", "", StringComparison.Ordinal).Replace("hours: 1\n", "", StringComparison.Ordinal)),
            new Dictionary<string, string?> { ["Bot:Admins:0"] = "9001" });
        await bot.PressAsync(BrowsingActions.ToLessonPage(bot.Services.GetCatalogue().FindLessonByKey("beta/only")!.Id, 1));
        await bot.SendAsync("/start", userId: 1002);

        var report = await bot.SendAsync("/report", userId: 9001);

        var text = report.Replies.Last().Text.Plain;
        Assert.Contains("学习计划完成情况", text, StringComparison.Ordinal);
        Assert.Contains("《2026年度必修课》截止 2026-03-31", text, StringComparison.Ordinal);
        // The two members who have chatted before (the admin's own first message is not committed yet when the report is made).
        Assert.Contains("全部：1/2 人完成（50%）", text, StringComparison.Ordinal);
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

public abstract class PlanReminderTests(StorageProvider storage)
{
    private const string Plan = """
        ---
        title: 三月必修课
        due: 2026-03-09
        courses:
          - beta
        ---
        """;

    [SkippableFact]
    public async Task MembersBehindAreRemindedOncePerDueDateAcrossTwoInstancesAndSeeItWithTheirNextReply()
    {
        await using var bot = await TestBot.StartAsync(storage, content => content.Write("plans/march.md", Plan));
        await bot.SendAsync("/start", userId: 1001);
        await bot.SendAsync("/start", userId: 1002);
        await bot.PressAsync(BrowsingActions.ToLessonPage(bot.Services.GetCatalogue().FindLessonByKey("beta/only")!.Id, 1), userId: 1002);
        await using var other = await bot.StartAnotherInstanceAsync();
        var now = bot.Clock.GetUtcNow().UtcDateTime;

        await Job(bot.Services).RunAsync(now, CancellationToken.None);
        await Job(other).RunAsync(now, CancellationToken.None);
        await Job(bot.Services).RunAsync(now.AddHours(1), CancellationToken.None);

        Assert.Equal(1, await bot.QueryAsync(db => db.Set<Notice>().CountAsync()));
        Assert.Equal([1001L], await bot.QueryAsync(db => db.Set<NoticeRecipient>().Select(r => r.LearnerId).ToListAsync()));
        var next = await bot.SendAsync("/help", userId: 1001);
        Assert.Contains(next.Replies, r => r.Text.Plain.Contains("《三月必修课》将于 2026-03-09 截止（还有 7 天）", StringComparison.Ordinal));

        bot.Clock.Advance(TimeSpan.FromDays(1));
        await Job(bot.Services).RunAsync(bot.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        Assert.Equal(1, await bot.QueryAsync(db => db.Set<Notice>().CountAsync()));

        bot.Clock.Advance(TimeSpan.FromDays(5));
        await Job(bot.Services).RunAsync(bot.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        Assert.Equal(2, await bot.QueryAsync(db => db.Set<Notice>().CountAsync()));
    }

    private static PlanReminderJob Job(IServiceProvider services) => services.GetServices<IMaintenanceJob>().OfType<PlanReminderJob>().Single();
}

public sealed class PlanReminderTestsOnSqlite() : PlanReminderTests(StorageProvider.Sqlite);

public sealed class PlanReminderTestsOnPostgres() : PlanReminderTests(StorageProvider.Postgres);

public abstract class PlanAndExamStatusTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task TheMemberReportShowsRequiredCoursesDoneAndExamsPassed()
    {
        await using var bot = await TestBot.StartAsync(storage, content =>
        {
            content.Write("plans/bixiu.md", "---\ntitle: 必修\ndue: 2026-12-31\ncourses:\n  - alpha\n  - beta\n---\n");
            content.Write("exams/dangzhang.md", ExamDriver.ExamFile);
        });
        await bot.PressAsync(BrowsingActions.ToLessonPage(bot.Services.GetCatalogue().FindLessonByKey("beta/only")!.Id, 1));
        var exam = new ExamDriver(bot, "dangzhang");
        await bot.PressAsync(await exam.AnswerAllAsync(await exam.StartAsync(), _ => true), "交卷");
        await bot.SendAsync("/start", userId: 1002);

        var report = await bot.QueryAsync(db => bot.Services.GetRequiredService<Core.Reports.Members.MemberReport>()
            .BuildAsync(db, new Core.Reports.Members.MemberReportQuery(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), CancellationToken.None));

        var member = report.Rows.Single(r => r.LearnerId == 1001).Status;
        Assert.Equal((1, 2, 1, 1), (member.RequiredDone, member.RequiredTotal, member.ExamsPassed, member.ExamsTaken));
        var other = report.Rows.Single(r => r.LearnerId == 1002).Status;
        Assert.Equal((0, 2, 0, 0), (other.RequiredDone, other.RequiredTotal, other.ExamsPassed, other.ExamsTaken));
    }
}

public sealed class PlanAndExamStatusTestsOnSqlite() : PlanAndExamStatusTests(StorageProvider.Sqlite);

public sealed class PlanAndExamStatusTestsOnPostgres() : PlanAndExamStatusTests(StorageProvider.Postgres);
