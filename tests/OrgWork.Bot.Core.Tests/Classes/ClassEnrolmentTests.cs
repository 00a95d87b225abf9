using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Classes.Storage;
using OrgWork.Bot.Core.Notices;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Classes;

public abstract class ClassEnrolmentTests(StorageProvider storage)
{
    private Task<TestBot> StartAsync(string? classFile = null) =>
        TestBot.StartAsync(storage, content => content.Write($"classes/{ClassDriver.Slug}.md", classFile ?? ClassDriver.File()));

    [SkippableFact]
    public async Task ClassesListsTheClassWithItsDatesPlaceAndFreePlaces()
    {
        await using var bot = await StartAsync(ClassDriver.File(capacity: 3));
        await new ClassDriver(bot).EnrolAsync(1002);

        var list = await bot.SendAsync("/classes");

        var text = list.Replies.Single().Text.Plain;
        Assert.Contains("《春季实训班》\n  2026-03-02 10:00，县委党校", text, StringComparison.Ordinal);
        Assert.Contains("名额 3，剩余 2", text, StringComparison.Ordinal);
        var page = (await bot.PressAsync(list, "春季实训班")).Replies.Single();
        Assert.Contains("🕘 第 1 讲 开班式\n   2026-03-02 10:00，90 分钟，县委党校", page.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("🕘 第 2 讲 现场教学\n   2026-03-02 14:00，120 分钟，纪念馆", page.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("你还没有报名", page.Text.Plain, StringComparison.Ordinal);
        Assert.Contains(page.Buttons.SelectMany(r => r), b => b.Label == "报名");
    }

    [SkippableFact]
    public async Task PastCapacityMembersWaitAndTheFirstWaitingIsPromotedWithANoticeWhenSomeoneWithdraws()
    {
        await using var bot = await StartAsync(ClassDriver.File(capacity: 2));
        var driver = new ClassDriver(bot);
        await driver.EnrolAsync(1001);
        await driver.EnrolAsync(1002);

        var third = await driver.EnrolAsync(1003);
        var fourth = await driver.EnrolAsync(1004);
        Assert.Contains("你已进入《春季实训班》的候补名单，目前第 1 位", third.Replies[^1].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("目前第 2 位", fourth.Replies[^1].Text.Plain, StringComparison.Ordinal);

        var ask = await bot.PressAsync(await driver.PageAsync(1001), "退出报名", 1001);
        Assert.Contains("确定退出《春季实训班》吗", ask.Replies.Single().Text.Plain, StringComparison.Ordinal);
        var withdrawn = await bot.PressAsync(ask, "确认退出", 1001);

        Assert.Contains("你已退出《春季实训班》", withdrawn.Replies.Single().Text.Plain, StringComparison.Ordinal);
        var statuses = await bot.QueryAsync(db => db.Enrolments.ToDictionaryAsync(e => e.LearnerId, e => e.Status));
        Assert.Equal(EnrolmentStatus.Withdrawn, statuses[1001]);
        Assert.Equal(EnrolmentStatus.Enrolled, statuses[1003]);
        Assert.Equal(EnrolmentStatus.Waiting, statuses[1004]);
        var notice = await bot.QueryAsync(db => db.Set<Notice>().SingleAsync());
        Assert.Equal(NoticeKind.Class, notice.Kind);
        Assert.Contains("你已从候补转为正式学员", notice.Text, StringComparison.Ordinal);
        Assert.Equal([1003L], await bot.QueryAsync(db => db.Set<NoticeRecipient>().Select(r => r.LearnerId).ToListAsync()));
        Assert.Contains("签到成功", await driver.ScanAsync(await driver.CodeAsync(), 1003), StringComparison.Ordinal);
        Assert.Contains("第 1 位", (await driver.PageAsync(1004)).Replies.Single().Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task EnrollingTwiceKeepsOnePlaceAndAnAssignedClassRefusesSelfEnrolment()
    {
        await using var bot = await StartAsync();
        var driver = new ClassDriver(bot);
        await driver.EnrolAsync(1001);

        var again = await driver.EnrolAsync(1001);

        Assert.Contains("你已经报名了《春季实训班》", again.Replies[^1].Text.Plain, StringComparison.Ordinal);
        Assert.Equal(1, await bot.QueryAsync(db => db.Enrolments.CountAsync()));

        await using var assigned = await StartAsync(ClassDriver.File(enrol: "assigned"));
        var refused = await new ClassDriver(assigned).EnrolAsync(1001);
        Assert.Contains("为指定参训，不接受自行报名", refused.Replies[^1].Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AnAdminAddsMembersToAnAssignedClassByNumberOrIdAndTheyMayCheckIn()
    {
        await using var bot = await TestBot.StartAsync(
            storage,
            content => content.Write($"classes/{ClassDriver.Slug}.md", ClassDriver.File(enrol: "assigned")),
            new Dictionary<string, string?> { ["Bot:Admins:0"] = "9001" });
        var driver = new ClassDriver(bot);
        await bot.SendAsync("/start", 1001);

        var added = (await bot.SendAsync("/enrol spring #1001 无此人", 9001)).Replies.Single().Text.Plain;

        Assert.Contains("已把 1 人加入《春季实训班》", added, StringComparison.Ordinal);
        Assert.Contains("没有加入：无此人（名册中没有）", added, StringComparison.Ordinal);
        Assert.Contains("签到成功", await driver.ScanAsync(await driver.CodeAsync(), 1001), StringComparison.Ordinal);
        Assert.Contains("你不在《春季实训班》的学员名单中", await driver.ScanAsync(await driver.CodeAsync(), 1002), StringComparison.Ordinal);
        Assert.Equal(1, await bot.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.ClassEnrolled)));
    }
}

public sealed class ClassEnrolmentTestsOnSqlite() : ClassEnrolmentTests(StorageProvider.Sqlite);

public sealed class ClassEnrolmentTestsOnPostgres() : ClassEnrolmentTests(StorageProvider.Postgres);
