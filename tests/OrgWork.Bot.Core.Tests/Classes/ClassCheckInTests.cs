using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Classes;
using OrgWork.Bot.Core.Classes.Storage;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Classes;

public abstract class ClassCheckInTests(StorageProvider storage)
{
    private const long Trainer = 9001;

    private Task<TestBot> StartAsync(string? classFile = null, IDictionary<string, string?>? settings = null) =>
        TestBot.StartAsync(
            storage,
            content => content.Write($"classes/{ClassDriver.Slug}.md", classFile ?? ClassDriver.File()),
            settings ?? new Dictionary<string, string?> { ["Bot:Admins:0"] = Trainer.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    [SkippableFact]
    public async Task AnEnrolledMemberChecksInOnceAndTheSessionsMinutesCountAsStudyHours()
    {
        await using var bot = await StartAsync();
        var driver = new ClassDriver(bot);
        await driver.EnrolAsync(1001);
        var code = await driver.CodeAsync();

        var first = await driver.ScanAsync(code, 1001);
        var second = await driver.ScanAsync(code, 1001);

        Assert.Contains("签到成功：《春季实训班》第 1 讲“开班式”。计入学时 2（90 分钟）", first, StringComparison.Ordinal);
        Assert.Contains("已签到：你在 10:00 签到了《春季实训班》第 1 讲", second, StringComparison.Ordinal);
        Assert.Equal(1, await bot.QueryAsync(db => db.Attendances.CountAsync()));
        var credit = await bot.QueryAsync(db => db.StudyCredits.SingleAsync(c => c.Source == StudyCreditSource.ClassSession));
        Assert.Equal((1001L, "spring#1", 90), (credit.LearnerId, credit.Reference, credit.Minutes));
        var ledger = string.Join("\n", (await bot.SendAsync("/me 明细", 1001)).Replies.Select(r => r.Text.Plain));
        Assert.Contains("参加培训班：《春季实训班》第 1 讲“开班式”", ledger, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ACodeIsAcceptedFor120SecondsFromWhenItWasShownAndThenRefused()
    {
        await using var bot = await StartAsync(ClassDriver.File(capacity: 10));
        var driver = new ClassDriver(bot);
        await driver.EnrolAsync(1001);
        await driver.EnrolAsync(1002);
        var code = await driver.CodeAsync();

        bot.Clock.Advance(TimeSpan.FromSeconds(119));
        var inTime = await driver.ScanAsync(code, 1001);
        bot.Clock.Advance(TimeSpan.FromSeconds(1));
        var late = await driver.ScanAsync(code, 1002);
        var fresh = await driver.ScanAsync(await driver.CodeAsync(), 1002);

        Assert.Contains("签到成功", inTime, StringComparison.Ordinal);
        Assert.Equal(UiText.CheckInExpired, late);
        Assert.Contains("签到成功", fresh, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AForgedAlteredOrForeignlySignedCodeIsRefused()
    {
        await using var bot = await StartAsync();
        var driver = new ClassDriver(bot);
        await driver.EnrolAsync(1001);
        var code = await driver.CodeAsync();
        var altered = code[..^1] + (code[^1] == 'A' ? 'B' : 'A');
        await using var other = await TestBot.StartAsync(
            storage,
            content => content.Write($"classes/{ClassDriver.Slug}.md", ClassDriver.File()),
            new Dictionary<string, string?> { ["CheckIn:SigningKey"] = "another-deployment-key-0123456789abcdef" });
        var foreign = await new ClassDriver(other).CodeAsync();

        Assert.Equal(UiText.CheckInForged, await driver.ScanAsync(altered, 1001));
        Assert.Equal(UiText.CheckInForged, await driver.ScanAsync("guessed", 1001));
        Assert.Equal(UiText.CheckInForged, await driver.ScanAsync(foreign, 1001));
        Assert.Equal(0, await bot.QueryAsync(db => db.Attendances.CountAsync()));
    }

    [SkippableFact]
    public async Task AMemberWhoIsNotEnrolledOrOnlyWaitingIsToldWhyAndNothingIsRecorded()
    {
        await using var bot = await StartAsync(ClassDriver.File(capacity: 1));
        var driver = new ClassDriver(bot);
        await driver.EnrolAsync(1001);
        await driver.EnrolAsync(1002);
        var code = await driver.CodeAsync();

        var waiting = await driver.ScanAsync(code, 1002);
        var stranger = await driver.ScanAsync(code, 1003);

        Assert.Contains("候补名单上（第 1 位）", waiting, StringComparison.Ordinal);
        Assert.Contains("你不在《春季实训班》的学员名单中", stranger, StringComparison.Ordinal);
        Assert.Equal(0, await bot.QueryAsync(db => db.Attendances.CountAsync()));
    }

    [SkippableFact]
    public async Task ACheckInOutsideTheSessionsWindowIsRefused()
    {
        await using var bot = await StartAsync();
        var driver = new ClassDriver(bot);
        await driver.EnrolAsync(1001);

        var early = await driver.ScanAsync(await driver.CodeAsync(2), 1001);

        Assert.Contains("现在不是《春季实训班》第 2 讲的签到时间：2026-03-02 13:30 至 2026-03-02 16:30 可以签到", early, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ConcurrentScansFrom200MembersAreEachRecordedOnce()
    {
        const int Members = 200;
        await using var bot = await StartAsync(ClassDriver.File(enrol: "assigned", extra: "audience: 全体"));
        var driver = new ClassDriver(bot);
        var members = Enumerable.Range(0, Members).Select(i => 5000L + i).ToList();
        foreach (var member in members)
        {
            await bot.SendAsync("/start", member);
        }

        var code = await driver.CodeAsync();

        // Every member scans, and every tenth scans twice at once (a double tap, or two phones).
        var scans = members.Concat(members.Where((_, i) => i % 10 == 0)).Select(m => driver.ScanAsync(code, m));
        var replies = await Task.WhenAll(scans);

        Assert.All(replies, r => Assert.True(r.Contains("签到成功", StringComparison.Ordinal) || r.Contains("已签到", StringComparison.Ordinal), r));
        Assert.Equal(Members, replies.Count(r => r.Contains("签到成功", StringComparison.Ordinal)));
        Assert.Equal(Members, await bot.QueryAsync(db => db.Attendances.Select(a => a.LearnerId).Distinct().CountAsync()));
        Assert.Equal(Members, await bot.QueryAsync(db => db.Attendances.CountAsync()));
        Assert.Equal(Members, await bot.QueryAsync(db => db.StudyCredits.CountAsync(c => c.Source == StudyCreditSource.ClassSession)));
    }

    [SkippableFact]
    public async Task TheTrainersCheckInCommandShowsTheCurrentSessionsQrCodeWhoseAddressChecksMembersIn()
    {
        await using var bot = await StartAsync();
        var driver = new ClassDriver(bot);
        await driver.EnrolAsync(1001);

        var shown = (await bot.SendAsync("/checkin", Trainer)).Replies.Single();
        var refused = await bot.SendAsync("/checkin", 1001);

        Assert.NotNull(shown.Image);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], shown.Image!.Png[..4].ToArray());
        var caption = shown.Text.Plain;
        Assert.Contains("《春季实训班》第 1 讲“开班式”签到", caption, StringComparison.Ordinal);
        Assert.Contains("已签到 0/1 人", caption, StringComparison.Ordinal);
        var address = caption.Split('\n').Single(l => l.StartsWith("签到地址：", StringComparison.Ordinal))["签到地址：".Length..];
        Assert.Equal(QrImage.Png(address), shown.Image.Png.ToArray());
        var code = address[(address.LastIndexOf('/') + 1)..];
        Assert.Contains("签到成功", await driver.ScanAsync(code, 1001), StringComparison.Ordinal);
        Assert.DoesNotContain("签到", refused.Replies.Single().Text.Plain[..4], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ATrainerMarksAttendanceByHandWithAReasonThatIsAudited()
    {
        await using var bot = await StartAsync();
        var driver = new ClassDriver(bot);
        await driver.EnrolAsync(1001);

        var marked = (await bot.SendAsync("/attend spring 2 #1001 手机没电", Trainer)).Replies.Single().Text.Plain;
        var again = (await bot.SendAsync("/attend spring 2 #1001 手机没电", Trainer)).Replies.Single().Text.Plain;
        var noReason = (await bot.SendAsync("/attend spring 2 #1001", Trainer)).Replies.Single().Text.Plain;
        var member = await bot.SendAsync("/attend spring 2 #1001 自己补记", 1001);

        Assert.Contains("补记《春季实训班》第 2 讲的出勤，计入学时 2.7。原因：手机没电", marked, StringComparison.Ordinal);
        Assert.Contains("已在 2026-03-02 10:00 签到过", again, StringComparison.Ordinal);
        Assert.Equal(UiText.AttendNoReason, noReason);
        Assert.Equal(1, await bot.QueryAsync(db => db.Attendances.CountAsync()));
        var audit = await bot.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.AttendanceMarked));
        Assert.Equal("spring#2：手机没电", audit.After);
        var attendance = await bot.QueryAsync(db => db.Attendances.SingleAsync());
        Assert.Equal((AttendanceMethod.Manual, (long?)Trainer), (attendance.Method, attendance.MarkedById));
        Assert.DoesNotContain("补记《春季实训班》", member.Replies.Single().Text.Plain, StringComparison.Ordinal);
    }
}

public sealed class ClassCheckInTestsOnSqlite() : ClassCheckInTests(StorageProvider.Sqlite);

public sealed class ClassCheckInTestsOnPostgres() : ClassCheckInTests(StorageProvider.Postgres);
