using System.Globalization;
using System.Net;
using MiniExcelLibs;
using OrgWork.Bot.Core.Classes.Storage;
using OrgWork.Bot.Testing;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Tests.Web;

/// <summary>The dashboard's 培训班 pages (staff only): the class list, one class's attendance matrix and ratings, its Excel download.</summary>
public sealed class ClassReportWebTests : IAsyncLifetime
{
    private const string TrainerName = "讲师老刘";

    private const string Class = """
        ---
        title: 红色教育实训班
        place: 县委党校
        capacity: 40
        enrol: open
        sessions:
          - title: 开班式
            starts: 2026-03-02 09:00
            minutes: 90
            place: 报告厅
          - title: 现场教学
            starts: 2026-03-02 14:30
            minutes: 90
            place: 纪念馆
        ---
        两讲。
        """;

    private readonly TestFolder _folder = new();
    private InProcessWebHost _host = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_folder.ContentRoot, "classes"));
        await File.WriteAllTextAsync(Path.Combine(_folder.ContentRoot, "classes", "shixun.md"), Class);
        _host = await InProcessWebHost.StartAsync(
            _folder.ContentRoot, _folder.ConnectionString, $"--Bot:Admins:0={LocalLearnerId.For(TrainerName).ToString(CultureInfo.InvariantCulture)}");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task StaffSeeTheClassListWithAttendanceAndRatings()
    {
        await SeedAsync();
        using var staff = await SignInAsync(TrainerName);

        var list = await staff.GetStringAsync("/admin/classes");
        var dashboard = await staff.GetStringAsync("/admin");

        Assert.Contains("<a href=\"/admin/classes/shixun\">红色教育实训班</a>", list, StringComparison.Ordinal);
        Assert.Contains("<td>2026-03-02 至 2026-03-02</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>75%</td>", list, StringComparison.Ordinal); // 3 check-ins of 2 members × 2 sessions
        Assert.Contains("<td>4.0（2 条）</td>", list, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/classes\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffSeeTheAttendanceMatrixAndEachSessionsRatings()
    {
        await SeedAsync();
        using var staff = await SignInAsync(TrainerName);

        var page = await staff.GetStringAsync("/admin/classes/shixun");

        Assert.Contains("<th scope=\"col\">第1讲</th>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">张秀英</th>", page, StringComparison.Ordinal);
        Assert.Contains("<td>✔ 08:58</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>✔ 补记</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>2/2</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>4.0</td>", page, StringComparison.Ordinal); // 180 minutes
        Assert.Contains("第1讲 李明（3 星）：希望多些案例", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/classes/shixun.xlsx\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExcelDownloadHasTheThreeSheets()
    {
        await SeedAsync();
        using var staff = await SignInAsync(TrainerName);

        using var response = await staff.Http.GetAsync(new Uri("/admin/classes/shixun.xlsx", UriKind.Relative));
        using var xlsx = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("培训班-shixun.xlsx", Uri.UnescapeDataString(response.Content.Headers.ContentDisposition!.ToString()), StringComparison.Ordinal);
        Assert.Equal(["学员出勤", "课次评价", "留言"], xlsx.GetSheetNames());
        var members = xlsx.Query(useHeaderRow: true, sheetName: "学员出勤").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["张秀英", "李明"], members.Select(m => m["姓名"]));
        Assert.Equal("13800000001", members[0]["手机号"]?.ToString());
        Assert.Equal(4.0, Convert.ToDouble(members[0]["学时"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task AnUnknownClassIsNotFound()
    {
        using var staff = await SignInAsync(TrainerName);

        using var response = await staff.Http.GetAsync(new Uri("/admin/classes/no-such-class", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("没有标识为“no-such-class”的培训班", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberIsRefusedTheClassPagesAndTheDownload()
    {
        await SeedAsync();
        using var member = await SignInAsync("普通学员");

        foreach (var path in new[] { "/admin/classes", "/admin/classes/shixun", "/admin/classes/shixun.xlsx" })
        {
            using var response = await member.Http.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    /// <summary>张秀英: both sessions (a scan at 08:58, then by hand), rated 5. 李明: session 1, rated 3 with a comment.</summary>
    private Task<int> SeedAsync() =>
        _host.QueryAsync(async db =>
        {
            var zhang = await RosterSeed.AddMemberAsync(db, "张秀英", "13800000001", "城关镇第一党支部");
            var li = await RosterSeed.AddMemberAsync(db, "李明", "13800000002", "城关镇第二党支部");
            var nine = new DateTime(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);
            foreach (var member in new[] { zhang, li })
            {
                db.Enrolments.Add(new Enrolment { ClassSlug = "shixun", LearnerId = member.Id, Status = EnrolmentStatus.Enrolled, QueuedAt = nine.AddDays(-7), UpdatedAt = nine.AddDays(-7) });
            }

            db.Attendances.AddRange(
                new Attendance { ClassSlug = "shixun", SessionNumber = 1, LearnerId = zhang.Id, CheckedInAt = nine.AddMinutes(-2) },
                new Attendance { ClassSlug = "shixun", SessionNumber = 2, LearnerId = zhang.Id, CheckedInAt = nine.AddHours(6), Method = AttendanceMethod.Manual, Reason = "扫码失败" },
                new Attendance { ClassSlug = "shixun", SessionNumber = 1, LearnerId = li.Id, CheckedInAt = nine.AddMinutes(3) });
            db.SessionRatings.AddRange(
                new SessionRating { ClassSlug = "shixun", SessionNumber = 1, LearnerId = zhang.Id, Stars = 5, RatedAt = nine.AddHours(2) },
                new SessionRating { ClassSlug = "shixun", SessionNumber = 1, LearnerId = li.Id, Stars = 3, Comment = "希望多些案例", RatedAt = nine.AddHours(2) });
            return await db.SaveChangesAsync();
        });

    private async Task<WebSession> SignInAsync(string name)
    {
        var session = new WebSession(_host.Address);
        using var _ = await session.SignInLocallyAsync(name);
        return session;
    }
}
