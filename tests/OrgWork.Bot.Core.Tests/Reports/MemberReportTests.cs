using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Reports;
using OrgWork.Bot.Core.Reports.Members;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Reports;

public abstract class MemberReportTests(StorageProvider storage)
{
    private static readonly MemberReportQuery Year2026 = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    [SkippableFact]
    public async Task EachMemberHasTheHoursAndPointsOfThePeriod()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var (wang, li, _) = await SeedAsync(bot);

        var report = await BuildAsync(bot, Year2026);

        var w = report.Rows.Single(r => r.LearnerId == wang);
        Assert.Equal(("王芳", "甲支部", "城关镇党委", 2.0, 15), (w.Name, w.Branch, w.Parent, w.StudyHours, w.Points));
        var l = report.Rows.Single(r => r.LearnerId == li);
        Assert.Equal((0.0, 0), (l.StudyHours, l.Points)); // last year's credit and points are not this year's
        Assert.DoesNotContain(report.Rows, r => r.Name == "已停用"); // deactivated members are left out
        Assert.Equal(["李强", "王芳", "赵敏"], report.Rows.Select(r => r.Name)); // by branch name, members without a branch last
        Assert.Equal(["李强", "王芳", "赵敏"], report.BelowTarget.Select(r => r.Name)); // all below the default 32
        Assert.All(report.Rows, r => Assert.Equal(MemberStudyStatus.None, r.Status));
    }

    [SkippableFact]
    public async Task MembersAtTheTargetAreNotListedAsBelowIt()
    {
        await using var bot = await TestBot.StartAsync(storage, settings: new Dictionary<string, string?> { ["Learning:AnnualStudyHoursTarget"] = "2" });
        await SeedAsync(bot);

        var report = await BuildAsync(bot, Year2026);

        Assert.Equal(["李强", "赵敏"], report.BelowTarget.Select(r => r.Name));
        Assert.Contains("未达到年度目标（2.0 学时）的党员：2 人", MemberReportTable.Format(report), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheReportFiltersByBranchParentAndDates()
    {
        await using var bot = await TestBot.StartAsync(storage);
        await SeedAsync(bot);

        var branch = await BuildAsync(bot, Year2026 with { Branch = "乙支部" });
        var parent = await BuildAsync(bot, Year2026 with { Parent = "城关镇党委" });
        var march = await BuildAsync(bot, new MemberReportQuery(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)));
        var lastYear = await BuildAsync(bot, new MemberReportQuery(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));

        Assert.Equal(["李强"], branch.Rows.Select(r => r.Name));
        Assert.Equal(["李强", "王芳"], parent.Rows.Select(r => r.Name));
        Assert.Equal(1.0, march.Rows.Single(r => r.Name == "王芳").StudyHours);
        Assert.Equal((1.0, 4), lastYear.Rows.Single(r => r.Name == "李强") is var l ? (l.StudyHours, l.Points) : default);
    }

    [SkippableFact]
    public async Task UnknownBranchOrParentNamesAreSaidInChinese()
    {
        await using var bot = await TestBot.StartAsync(storage);
        await SeedAsync(bot);
        var report = bot.Services.GetRequiredService<MemberReport>();

        var branch = await bot.QueryAsync(db => report.CheckFiltersAsync(db, Year2026 with { Branch = "丙支部" }, CancellationToken.None));
        var parent = await bot.QueryAsync(db => report.CheckFiltersAsync(db, Year2026 with { Parent = "无名党委" }, CancellationToken.None));

        Assert.Equal("没有名为「丙支部」的党支部。", branch);
        Assert.Equal("没有名为「无名党委」的上级党组织。", parent);
    }

    [SkippableFact]
    public async Task TheWorkbookHasEveryMemberAndASheetOfThoseBelowTarget()
    {
        await using var bot = await TestBot.StartAsync(storage, settings: new Dictionary<string, string?> { ["Learning:AnnualStudyHoursTarget"] = "2" });
        await SeedAsync(bot);
        var report = await BuildAsync(bot, Year2026);

        using var xlsx = new MemoryStream();
        await MemberReportWorkbook.WriteAsync(xlsx, report, CancellationToken.None);
        xlsx.Position = 0;

        Assert.Equal(["全部党员", "未达标"], xlsx.GetSheetNames());
        var all = xlsx.Query(useHeaderRow: true, sheetName: "全部党员").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(UiText.MemberReportColumns, all[0].Keys);
        Assert.Equal(["李强", "王芳", "赵敏"], all.Select(r => r["姓名"]));
        var wang = all[1];
        Assert.Equal(("甲支部", "城关镇党委", 2.0, 15.0, "—", "—"), (wang["所属支部"], wang["上级党组织"], Convert.ToDouble(wang["学时"], CultureInfo.InvariantCulture), Convert.ToDouble(wang["积分"], CultureInfo.InvariantCulture), wang["必修完成"], wang["考试"]));
        Assert.Equal(UiText.ReportNoBranch, all[2]["所属支部"]);
        var below = xlsx.Query(useHeaderRow: true, sheetName: "未达标").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["李强", "赵敏"], below.Select(r => r["姓名"]));
        Assert.Equal(2.0, Convert.ToDouble(below[0]["距目标学时"], CultureInfo.InvariantCulture));
    }

    [SkippableFact]
    public async Task TheCsvEscapesNamesThatWouldRunAsFormulas()
    {
        await using var bot = await TestBot.StartAsync(storage);
        string[] names = ["=HYPERLINK(\"http://x\",\"点我\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"];
        await bot.QueryAsync(async db =>
        {
            for (var i = 0; i < names.Length; i++)
            {
                await RosterSeed.AddMemberAsync(db, names[i], $"1390000000{i}", names[i]);
            }

            return 0;
        });
        var report = await BuildAsync(bot, Year2026);

        var csv = Encoding.UTF8.GetString(MemberReportCsv.Write(report));
        var fields = csv.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(f => f.Trim('"'));

        Assert.DoesNotContain(fields, f => f.Length > 0 && "=+-@\t\r".Contains(f[0], StringComparison.Ordinal));
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains("'@SUM(A1)", csv, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheBranchReportCsvEscapesAFormulaBranchName()
    {
        await using var bot = await TestBot.StartAsync(storage);
        await bot.QueryAsync(db => RosterSeed.AddMemberAsync(db, "张三", "13900000001", "=HYPERLINK(\"http://x\")"));
        var rows = await bot.QueryAsync(db => bot.Services.GetRequiredService<BranchReportBuilder>().BuildAsync(db, bot.Clock.Now.UtcDateTime, CancellationToken.None));

        var csv = ReportFormatter.Csv(rows);

        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\",1,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n=", csv, StringComparison.Ordinal);
    }

    private static Task<MemberReportResult> BuildAsync(TestBot bot, MemberReportQuery query) =>
        bot.QueryAsync(db => bot.Services.GetRequiredService<MemberReport>().BuildAsync(db, query, CancellationToken.None));

    /// <summary>
    /// 王芳 (甲支部, 城关镇党委): 90 minutes and 15 points in 2026; 李强 (乙支部, 城关镇党委): 45 minutes and 4 points in 2025 only;
    /// 赵敏 without a branch; a deactivated member with a credit.
    /// </summary>
    private static async Task<(long Wang, long Li, long Zhao)> SeedAsync(TestBot bot) => await bot.QueryAsync(async db =>
    {
        var wang = await RosterSeed.AddMemberAsync(db, "王芳", "13800000001", "甲支部");
        var li = await RosterSeed.AddMemberAsync(db, "李强", "13800000002", "乙支部");
        var zhao = await RosterSeed.AddMemberAsync(db, "赵敏", "13800000003");
        var gone = await RosterSeed.AddMemberAsync(db, "已停用", "13800000004", "甲支部");
        gone.DeactivatedAt = DateTime.UtcNow;
        var parent = new ParentOrganisation { Name = "城关镇党委", CreatedAt = DateTime.UtcNow };
        db.ParentOrganisations.Add(parent);
        await db.SaveChangesAsync();
        await db.Branches.ForEachAsync(b => b.ParentId = parent.Id);

        Credit(db, wang.Id, "a", 45, new DateOnly(2026, 2, 10));
        Credit(db, wang.Id, "b", 45, new DateOnly(2026, 3, 1));
        Credit(db, li.Id, "c", 45, new DateOnly(2025, 6, 1));
        Credit(db, gone.Id, "d", 45, new DateOnly(2026, 3, 1));
        Points(db, wang.Id, "a", 10, new DateOnly(2026, 2, 10));
        Points(db, wang.Id, "b", 5, new DateOnly(2026, 3, 1));
        Points(db, li.Id, "c", 4, new DateOnly(2025, 6, 1));
        await db.SaveChangesAsync();
        return (wang.Id, li.Id, zhao.Id);
    });

    private static void Credit(OrgWorkDbContext db, long learner, string reference, int minutes, DateOnly day) =>
        db.StudyCredits.Add(new StudyCredit { LearnerId = learner, Source = StudyCreditSource.Lesson, Reference = reference, Minutes = minutes, OccurredAt = day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc), LocalDate = day });

    private static void Points(OrgWorkDbContext db, long learner, string reference, int points, DateOnly day) =>
        db.PointEntries.Add(new PointEntry { LearnerId = learner, Reason = PointReason.LessonFinished, Reference = reference, Points = points, OccurredAt = day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc), LocalDate = day });
}

public sealed class MemberReportTestsOnSqlite() : MemberReportTests(StorageProvider.Sqlite);

public sealed class MemberReportTestsOnPostgres() : MemberReportTests(StorageProvider.Postgres);
