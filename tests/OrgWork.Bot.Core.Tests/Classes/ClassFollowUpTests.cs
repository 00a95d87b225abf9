using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Certificates.Storage;
using OrgWork.Bot.Core.Classes;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Jobs;
using OrgWork.Bot.Core.Notices;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Classes;

public abstract class ClassFollowUpTests(StorageProvider storage)
{
    private static ClassFollowUpJob Job(TestBot bot) => bot.Services.GetServices<IMaintenanceJob>().OfType<ClassFollowUpJob>().Single();

    private static Task RunJobAsync(TestBot bot) => Job(bot).RunAsync(bot.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);

    [SkippableFact]
    public async Task OnceTheClassIsOverMembersWhoAttendedEnoughGetItsCertificateOnce()
    {
        await using var bot = await TestBot.StartAsync(
            storage, content => content.Write($"classes/{ClassDriver.Slug}.md", ClassDriver.File(capacity: 5, extra: "certificate_attendance: 50")));
        var driver = new ClassDriver(bot);
        foreach (var member in new long[] { 1001, 1002 })
        {
            await driver.EnrolAsync(member);
        }

        await driver.ScanAsync(await driver.CodeAsync(), 1001);

        await RunJobAsync(bot); // the class is still running: no certificate yet
        Assert.Equal(0, await bot.QueryAsync(db => db.Certificates.CountAsync()));

        bot.Clock.Advance(TimeSpan.FromHours(7)); // 17:00, past the last session's window (16:00 + 30 minutes)
        await RunJobAsync(bot);
        await RunJobAsync(bot);

        var certificate = await bot.QueryAsync(db => db.Certificates.SingleAsync());
        Assert.Equal((1001L, CertificateSource.Class, "spring", "春季实训班", 2.0), (certificate.LearnerId, certificate.Source, certificate.SourceKey, certificate.Title, certificate.Hours));
        var notice = await bot.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.Key == "class:spring:certificate:1001"));
        Assert.Contains("祝贺你完成《春季实训班》", notice.Text, StringComparison.Ordinal);
        Assert.Contains("已结业，证书编号", (await driver.PageAsync(1001)).Replies[0].Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AClassWithAnExamIsCompletedOnlyOnceTheExamIsPassed()
    {
        await using var bot = await TestBot.StartAsync(storage, content =>
        {
            content.Write("exams/dangzhang.md", ExamDriver.ExamFile);
            content.Write($"classes/{ClassDriver.Slug}.md", ClassDriver.File(capacity: 5, extra: "exam: dangzhang\ncertificate_attendance: 50"));
        });
        var driver = new ClassDriver(bot);
        await driver.EnrolAsync(1001);
        await driver.ScanAsync(await driver.CodeAsync(), 1001);
        bot.Clock.Advance(TimeSpan.FromHours(7));

        await RunJobAsync(bot);
        Assert.Equal(0, await bot.QueryAsync(db => db.Certificates.CountAsync()));

        await bot.SendAsync("/classes", 1001); // shows the rating requests waiting for the member, so the exam's replies stand alone
        var exam = new ExamDriver(bot, "dangzhang");
        await bot.PressAsync(await exam.AnswerAllAsync(await exam.StartAsync(), _ => true), "交卷");
        await RunJobAsync(bot);

        Assert.Equal(1, await bot.QueryAsync(db => db.Certificates.CountAsync(c => c.Source == CertificateSource.Class)));
    }

    [SkippableFact]
    public async Task AttendeesAreAskedOnceToRateAnEndedSessionAndTheirRatingsAndCommentsReachTheTrainer()
    {
        await using var bot = await TestBot.StartAsync(
            storage, content => content.Write($"classes/{ClassDriver.Slug}.md", ClassDriver.File(capacity: 5)), new Dictionary<string, string?> { ["Bot:Admins:0"] = "9001" });
        var driver = new ClassDriver(bot);
        await driver.EnrolAsync(1001);
        await driver.EnrolAsync(1002);
        await driver.ScanAsync(await driver.CodeAsync(), 1001);

        var tooEarly = await bot.PressAsync(ClassActions.ToAskRating(driver.Id, 1), 1001);
        Assert.Equal(UiText.RateNotYet, tooEarly.Toast);

        bot.Clock.Advance(TimeSpan.FromHours(2)); // 12:00: session 1 has ended
        await RunJobAsync(bot);
        await RunJobAsync(bot);
        var prompt = await bot.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.Key == "class:spring:rate:1"));
        Assert.Contains("《春季实训班》第 1 讲“开班式”已结束", prompt.Text, StringComparison.Ordinal);
        Assert.Equal([1001L], await bot.QueryAsync(db => db.Set<NoticeRecipient>().Where(r => r.NoticeId == prompt.Id).Select(r => r.LearnerId).ToListAsync()));

        var ask = await bot.PressAsync(await driver.PageAsync(1001), "评价第 1 讲", 1001);
        var rated = await bot.PressAsync(ask, "4 星", 1001);
        var comment = await bot.SendAsync("留言：现场教学很生动", 1001);
        var absent = await bot.PressAsync(ClassActions.ToRate(driver.Id, 1, 5), 1002);

        Assert.Contains("感谢评价：第 1 讲 4 星", rated.Replies.Single().Text.Plain, StringComparison.Ordinal);
        Assert.Contains("已收到你对《春季实训班》第 1 讲的留言", comment.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Equal(UiText.RateNotAttended, absent.Toast);
        var rating = await bot.QueryAsync(db => db.SessionRatings.SingleAsync());
        Assert.Equal((1001L, 1, 4, "现场教学很生动"), (rating.LearnerId, rating.SessionNumber, rating.Stars, rating.Comment));

        var roster = (await bot.PressAsync(ClassActions.ToRoster(driver.Id), 9001)).Replies.Single().Text.Plain;
        Assert.Contains("《春季实训班》学员名单（2 人，候补 0 人）", roster, StringComparison.Ordinal);
        Assert.Contains("第 1 讲“开班式”：4.0 星（1 人评价）", roster, StringComparison.Ordinal);
        Assert.Contains("第 2 讲“现场教学”：暂无评价", roster, StringComparison.Ordinal);
        Assert.Equal(UiText.StaleButton, (await bot.PressAsync(ClassActions.ToRoster(driver.Id), 1001)).Toast);
    }
}

public sealed class ClassFollowUpTestsOnSqlite() : ClassFollowUpTests(StorageProvider.Sqlite);

public sealed class ClassFollowUpTestsOnPostgres() : ClassFollowUpTests(StorageProvider.Postgres);
