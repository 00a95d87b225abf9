using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using OrgWork.Bot.Core.Certificates;
using OrgWork.Bot.Core.Certificates.Storage;
using OrgWork.Bot.Core.Classes.Storage;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Tests.Support;

namespace OrgWork.Bot.Tests.Cli;

/// <summary><c>class report</c> on an imported roster whose attendance, ratings, exam and certificate are in the database.</summary>
public class ClassReportVerbTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private const string Roster = """
        姓名,手机号,所属支部
        张三,13800000001,第一党支部
        李四,13800000002,第一党支部
        王五,13800000003,第二党支部
        """;

    private const string Class = """
        ---
        title: 党史学习培训班
        place: 县委党校
        capacity: 30
        enrol: assigned
        audience: 全体
        exam: dangshi
        certificate_attendance: 50
        sessions:
          - title: 开班式
            starts: 2026-01-10 09:00
            minutes: 90
            place: 报告厅
          - title: 现场教学
            starts: 2026-01-10 14:30
            minutes: 135
            place: 纪念馆
        ---
        两讲。
        """;

    private const string Exam = """
        ---
        title: 党史测试
        minutes: 20
        pass: 60
        opens: 2020-01-01 00:00
        closes: 2099-12-31
        ---
        ## 测验

        1. 中国共产党成立于哪一年？
           - [x] 1921 年
           - [ ] 1949 年
        """;

    [Fact]
    public async Task TheTableShowsTheAttendanceMatrixHoursRatingsExamAndCompletion()
    {
        using var work = await SeededAsync();

        var (exitCode, output, errors) = await BotProcess.RunAsync(work.Path, "", Timeout, ["class", "report", "dangshi-2026"]);

        Assert.True(exitCode == 0, errors);
        Assert.Contains("《党史学习培训班》2026-01-10 至 2026-01-10：参训 3 人，已结业 1 人，平均评分 4.5（2 条）", output, StringComparison.Ordinal);
        var zhang = Line(output, "张三");
        Assert.Contains("13800000001", zhang, StringComparison.Ordinal);
        Assert.Contains("✔ 09:05", zhang, StringComparison.Ordinal);
        Assert.Contains("✔ 补记", zhang, StringComparison.Ordinal);
        Assert.Contains("2/2", zhang, StringComparison.Ordinal);
        Assert.Contains("100%", zhang, StringComparison.Ordinal);
        Assert.Contains("5.0", zhang, StringComparison.Ordinal); // 225 minutes = 5 学时
        Assert.Contains("90 分 合格", zhang, StringComparison.Ordinal);
        Assert.Contains(CertificateSerial.Display("ABCDEFGHJKMNP"), zhang, StringComparison.Ordinal);
        Assert.Contains("未考", Line(output, "王五"), StringComparison.Ordinal);
        Assert.Contains("第1讲 张三（5 星）：讲得生动", output, StringComparison.Ordinal);
        Assert.Matches(@"第1讲\s+开班式\s+2026-01-10 09:00\s+2\s+4\.5\s+2\s+1", output);
    }

    [Fact]
    public async Task TheWorkbookHasTheMatrixTheSessionsAndTheComments()
    {
        using var work = await SeededAsync();

        var (exitCode, output, errors) = await BotProcess.RunAsync(work.Path, "", Timeout, ["class", "report", "dangshi-2026", "--xlsx", "out/班.xlsx"]);

        Assert.True(exitCode == 0, errors);
        Assert.Contains("3 名学员，2 讲，1 条留言", output, StringComparison.Ordinal);
        using var xlsx = File.OpenRead(Path.Combine(work.Path, "out", "班.xlsx"));
        Assert.Equal(["学员出勤", "课次评价", "留言"], xlsx.GetSheetNames());
        var members = xlsx.Query(useHeaderRow: true, sheetName: "学员出勤").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["张三", "李四", "王五"], members.Select(m => m["姓名"]));
        var zhang = members[0];
        Assert.Equal("13800000001", zhang["手机号"]?.ToString());
        Assert.Equal("第一党支部", zhang["所属支部"]);
        Assert.Equal("✔ 09:05", zhang["第1讲"]);
        Assert.Equal("✔ 补记", zhang["第2讲"]);
        Assert.Equal(100.0, Number(zhang["出勤率"]));
        Assert.Equal(5.0, Number(zhang["学时"]));
        Assert.Equal(5.0, Number(zhang["评分"]));
        Assert.Equal("90 分 合格", zhang["考试"]);
        Assert.Equal("是", zhang["结业"]);
        var li = members[1];
        Assert.Equal("", li["第2讲"]?.ToString() ?? "");
        Assert.Equal(50.0, Number(li["出勤率"]));
        Assert.Equal(2.0, Number(li["学时"]));
        Assert.Equal("40 分 不合格", li["考试"]);
        Assert.Equal("否", li["结业"]);
        var sessions = xlsx.Query(useHeaderRow: true, sheetName: "课次评价").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal([2.0, 1.0], sessions.Select(s => Number(s["签到人数"])));
        Assert.Equal(4.5, Number(sessions[0]["平均评分"]));
        Assert.Equal(2.0, Number(sessions[0]["评价人数"]));
        var comment = Assert.Single(xlsx.Query(useHeaderRow: true, sheetName: "留言").Cast<IDictionary<string, object?>>());
        Assert.Equal("讲得生动", comment["留言"]);
        Assert.Equal("开班式", comment["课题"]);
    }

    [Fact]
    public async Task AnUnknownClassIsSaidInChineseAndFailsTheRun()
    {
        using var work = new WorkFolder();

        var (exitCode, _, errors) = await BotProcess.RunAsync(work.Path, "", Timeout, ["class", "report", "no-such-class", "--xlsx", "x.xlsx"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("没有标识为“no-such-class”的培训班", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(work.Path, "x.xlsx")));
    }

    /// <summary>
    /// 张三: both sessions (a scan at 09:05, then marked by hand), rated 5 with a comment, passed the exam (90), certificate.
    /// 李四: session 1 only, rated 4, failed the exam (40). 王五: nothing.
    /// </summary>
    private static async Task<WorkFolder> SeededAsync()
    {
        var work = new WorkFolder();
        Directory.CreateDirectory(Path.Combine(work.Path, "content", "classes"));
        Directory.CreateDirectory(Path.Combine(work.Path, "content", "exams"));
        File.WriteAllText(Path.Combine(work.Path, "content", "classes", "dangshi-2026.md"), Class);
        File.WriteAllText(Path.Combine(work.Path, "content", "exams", "dangshi.md"), Exam);
        File.WriteAllBytes(Path.Combine(work.Path, "名册.csv"), Encoding.UTF8.GetBytes(Roster));
        var (exitCode, output, _) = await BotProcess.RunAsync(work.Path, "", Timeout, ["roster", "import", "名册.csv"]);
        Assert.True(exitCode == 0, output);

        var options = new DbContextOptionsBuilder<OrgWorkDbContext>().UseSqlite($"Data Source={Path.Combine(work.Path, "data", "orgwork.db")};Pooling=false").Options;
        await using var db = new OrgWorkDbContext(options);
        var ids = await db.Learners.Where(l => l.Phone != null).ToDictionaryAsync(l => l.DisplayName, l => l.Id);
        var morning = new DateTime(2026, 1, 10, 1, 0, 0, DateTimeKind.Utc);
        db.Attendances.AddRange(
            new Attendance { ClassSlug = "dangshi-2026", SessionNumber = 1, LearnerId = ids["张三"], CheckedInAt = morning.AddMinutes(5) },
            new Attendance { ClassSlug = "dangshi-2026", SessionNumber = 2, LearnerId = ids["张三"], CheckedInAt = morning.AddHours(8), Method = AttendanceMethod.Manual, Reason = "手机没电" },
            new Attendance { ClassSlug = "dangshi-2026", SessionNumber = 1, LearnerId = ids["李四"], CheckedInAt = morning.AddMinutes(7) });
        db.SessionRatings.AddRange(
            new SessionRating { ClassSlug = "dangshi-2026", SessionNumber = 1, LearnerId = ids["张三"], Stars = 5, Comment = "讲得生动", RatedAt = morning.AddHours(2) },
            new SessionRating { ClassSlug = "dangshi-2026", SessionNumber = 1, LearnerId = ids["李四"], Stars = 4, RatedAt = morning.AddHours(2) });
        foreach (var (name, score) in new[] { ("张三", 90), ("李四", 40) })
        {
            var attempt = new QuizAttempt { LearnerId = ids[name], Kind = QuizKind.Exam, SourceKey = "dangshi", QuestionIds = "q", StartedAt = morning.AddDays(1) };
            db.QuizAttempts.Add(attempt);
            await db.SaveChangesAsync();
            db.ExamSittings.Add(Sitting(attempt.Id, ids[name], score));
        }

        db.Certificates.Add(new Certificate
        {
            Serial = "ABCDEFGHJKMNP",
            LearnerId = ids["张三"],
            HolderName = "张三",
            Source = CertificateSource.Class,
            SourceKey = "dangshi-2026",
            Title = "党史学习培训班",
            Hours = 5,
            IssuedAt = morning.AddDays(1),
            IssuedOn = new DateOnly(2026, 1, 11),
        });
        await db.SaveChangesAsync();
        return work;
    }

    private static ExamSitting Sitting(long id, long learnerId, int score) => new()
    {
        Id = id,
        LearnerId = learnerId,
        ExamSlug = "dangshi",
        ExamTitle = "党史测试",
        PassPercent = 60,
        Number = 1,
        StartedAt = new DateTime(2026, 1, 11, 1, 0, 0, DateTimeKind.Utc),
        DeadlineAt = new DateTime(2026, 1, 11, 1, 20, 0, DateTimeKind.Utc),
        EndedAt = new DateTime(2026, 1, 11, 1, 10, 0, DateTimeKind.Utc),
        Ending = ExamEnding.HandedIn,
        QuestionCount = 1,
        CorrectCount = score >= 60 ? 1 : 0,
        Score = score,
        Passed = score >= 60,
    };

    private static string Line(string output, string name) =>
        output.Split('\n').FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"no line for {name} in:\n{output}");

    private static double Number(object? cell) => Convert.ToDouble(cell, CultureInfo.InvariantCulture);
}
