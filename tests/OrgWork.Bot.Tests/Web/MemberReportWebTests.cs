using System.Globalization;
using System.Net;
using MiniExcelLibs;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Tests.Web;

/// <summary>The member report on the dashboard (staff only) with its Excel download, and a member's own 明细 page.</summary>
public sealed class MemberReportWebTests : IAsyncLifetime
{
    private const string TrainerName = "讲师老刘";
    private readonly TestFolder _folder = new();
    private InProcessWebHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await InProcessWebHost.StartAsync(
            _folder.ContentRoot, _folder.ConnectionString, $"--Bot:Admins:0={LocalLearnerId.For(TrainerName).ToString(CultureInfo.InvariantCulture)}");

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task StaffSeeEachMembersHoursAndPointsAndThoseBelowTarget()
    {
        await SeedAsync();
        using var staff = await SignInAsync(TrainerName);

        var page = await staff.GetStringAsync("/admin/report/members?year=2026");
        var branch = await staff.GetStringAsync("/admin/report/members?year=2026&branch=" + Uri.EscapeDataString("城关镇第二党支部"));

        Assert.Contains("<th scope=\"row\">张秀英</th>", page, StringComparison.Ordinal);
        Assert.Contains("<td>1.0</td>", page, StringComparison.Ordinal);
        Assert.Contains("未达标党员（2）", page, StringComparison.Ordinal);
        Assert.Contains("members.xlsx?from=2026-01-01&amp;to=2026-12-31", page, StringComparison.Ordinal);
        Assert.Contains("李明", branch, StringComparison.Ordinal);
        Assert.DoesNotContain("张秀英", branch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExcelDownloadHasBothSheetsForTheSameFilters()
    {
        await SeedAsync();
        using var staff = await SignInAsync(TrainerName);

        using var response = await staff.Http.GetAsync(new Uri("/admin/report/members.xlsx?from=2026-01-01&to=2026-12-31&branch=" + Uri.EscapeDataString("城关镇第一党支部"), UriKind.Relative));
        using var xlsx = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("党员学时积分-2026-01-01-2026-12-31.xlsx", Uri.UnescapeDataString(response.Content.Headers.ContentDisposition!.ToString()), StringComparison.Ordinal);
        Assert.Equal(["全部党员", "未达标"], xlsx.GetSheetNames());
        var all = xlsx.Query(useHeaderRow: true, sheetName: "全部党员").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("张秀英", Assert.Single(all)["姓名"]);
        Assert.Equal(1.0, Convert.ToDouble(all[0]["学时"], CultureInfo.InvariantCulture));
        Assert.Single(xlsx.Query(useHeaderRow: true, sheetName: "未达标"));
    }

    [Fact]
    public async Task AWrongDateIsSaidInChinese()
    {
        using var staff = await SignInAsync(TrainerName);

        using var response = await staff.Http.GetAsync(new Uri("/admin/report/members?from=2026-13-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("日期「2026-13-01」无效", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberIsRefusedTheReportAndItsDownload()
    {
        using var member = await SignInAsync("普通学员");

        using var page = await member.Http.GetAsync(new Uri("/admin/report/members", UriKind.Relative));
        using var xlsx = await member.Http.GetAsync(new Uri("/admin/report/members.xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, xlsx.StatusCode);
    }

    [Fact]
    public async Task AMemberSeesTheirOwnLedgerOnTheWeb()
    {
        using var member = await SignInAsync("学员小王");
        await member.SendAsync("/me");
        var id = LocalLearnerId.For("学员小王");
        await _host.QueryAsync(db =>
        {
            db.PointEntries.Add(new PointEntry { LearnerId = id, Reason = PointReason.DailyQuiz, Reference = "d", Points = 3, OccurredAt = DateTime.UtcNow, LocalDate = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)) });
            db.StudyCredits.Add(new StudyCredit { LearnerId = id, Source = StudyCreditSource.SiteVisit, Reference = "s", Minutes = 90, OccurredAt = DateTime.UtcNow, LocalDate = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)) });
            return db.SaveChangesAsync();
        });

        var page = await member.GetStringAsync("/account/ledger");
        var account = await member.GetStringAsync("/account");
        using var anonymous = new WebSession(_host.Address);
        using var refused = await anonymous.Http.GetAsync(new Uri("/account/ledger", UriKind.Relative));

        Assert.Contains("完成每日答题", page, StringComparison.Ordinal);
        Assert.Contains("90 分钟", page, StringComparison.Ordinal);
        Assert.Contains("累计积分 3，今年学时 2.0", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/ledger\"", account, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    /// <summary>张秀英 (第一支部) has 45 minutes of 2026; 李明 (第二支部) none.</summary>
    private Task<int> SeedAsync() =>
        _host.QueryAsync(async db =>
        {
            var zhang = await RosterSeed.AddMemberAsync(db, "张秀英", "13800000001", "城关镇第一党支部");
            await RosterSeed.AddMemberAsync(db, "李明", "13800000002", "城关镇第二党支部");
            db.StudyCredits.Add(new StudyCredit { LearnerId = zhang.Id, Source = StudyCreditSource.Lesson, Reference = "a/b", Minutes = 45, OccurredAt = new DateTime(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc), LocalDate = new DateOnly(2026, 3, 1) });
            return await db.SaveChangesAsync();
        });

    private async Task<WebSession> SignInAsync(string name)
    {
        var session = new WebSession(_host.Address);
        using var _ = await session.SignInLocallyAsync(name);
        return session;
    }
}
