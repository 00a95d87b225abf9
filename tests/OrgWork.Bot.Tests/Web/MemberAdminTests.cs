using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Tests.Web;

/// <summary>Admins manage the roster's members on the web; every change lands in the audit log on the dashboard.</summary>
public sealed partial class MemberAdminTests : IAsyncLifetime
{
    private const string AdminName = "组织部小周";
    private readonly TestFolder _folder = new();
    private InProcessWebHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await InProcessWebHost.StartAsync(
            _folder.ContentRoot, _folder.ConnectionString, $"--Bot:Admins:0={LocalLearnerId.For(AdminName).ToString(CultureInfo.InvariantCulture)}");

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task AnAdminFindsAMemberByNameOrNumberAndSeesTheWholeNumber()
    {
        await SeedAsync();
        using var admin = await SignInAsync(AdminName);

        var byName = await admin.GetStringAsync("/admin/members?q=" + Uri.EscapeDataString("秀英"));
        var byNumber = await admin.GetStringAsync("/admin/members?q=0002");

        Assert.Contains("张秀英", byName, StringComparison.Ordinal);
        Assert.Contains("13800000001", byName, StringComparison.Ordinal);
        Assert.DoesNotContain("李明", byName, StringComparison.Ordinal);
        Assert.Contains("李明", byNumber, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberWhoIsNotAnAdminIsRefusedTheMembersPages()
    {
        await SeedAsync();
        using var member = await SignInAsync("普通学员");

        using var response = await member.Http.GetAsync(new Uri("/admin/members", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ChangingTheBranchAndDeactivatingAreAuditedAndShownOnTheDashboard()
    {
        var (zhang, _) = await SeedAsync();
        using var admin = await SignInAsync(AdminName);
        var second = await _host.QueryAsync(db => db.Branches.Where(b => b.Name == "城关镇第二党支部").Select(b => b.Id).SingleAsync());

        using var moved = await PostAsync(admin, zhang.Id, "branch", new() { ["branch"] = second.ToString(CultureInfo.InvariantCulture) });
        using var deactivated = await PostAsync(admin, zhang.Id, "deactivate", []);
        var dashboard = await admin.GetStringAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var stored = await _host.QueryAsync(db => db.Learners.SingleAsync(l => l.Id == zhang.Id));
        Assert.Equal(second, stored.BranchId);
        Assert.NotNull(stored.DeactivatedAt);
        var audit = await _host.QueryAsync(db => db.AuditEntries.OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditAction.MemberBranch, AuditAction.MemberDeactivate], audit.Select(e => e.Action));
        Assert.Equal(("城关镇第一党支部", "城关镇第二党支部"), (audit[0].Before, audit[0].After));
        Assert.All(audit, e => Assert.Equal(AdminName, e.ActorName));
        Assert.Contains("调整支部", dashboard, StringComparison.Ordinal);
        Assert.Contains("城关镇第一党支部 → 城关镇第二党支部", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewActivationCodeIsShownOnceAndLetsTheMemberSetAPassword()
    {
        var (zhang, _) = await SeedAsync();
        using var admin = await SignInAsync(AdminName);

        using var issued = await PostAsync(admin, zhang.Id, "code", []);
        var code = CodePattern().Match(await issued.Content.ReadAsStringAsync()).Groups[1].Value;
        using var member = new WebSession(_host.Address);
        using var activated = await member.PostFormAsync("/signin/activate", new()
        {
            ["__RequestVerificationToken"] = WebSession.FormToken(await member.GetStringAsync("/signin/activate")),
            ["phone"] = "13800000001",
            ["code"] = code,
            ["password"] = "hongse-2026",
            ["confirm"] = "hongse-2026",
        });

        Assert.Equal(8, code.Length);
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Contains(await _host.QueryAsync(db => db.AuditEntries.Select(e => e.Action).ToListAsync()), a => a == AuditAction.ActivationCodeIssued);
        Assert.DoesNotContain(code, string.Concat(await _host.QueryAsync(db => db.AuditEntries.Select(e => e.After).ToListAsync())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePrintableSheetHasACodeForEachMemberOfTheBranchWhoHasNotActivatedWithTheNumberMasked()
    {
        await SeedAsync();
        using var admin = await SignInAsync(AdminName);
        var dashboard = await admin.GetStringAsync("/admin");
        var first = await _host.QueryAsync(db => db.Branches.Where(b => b.Name == "城关镇第一党支部").Select(b => b.Id).SingleAsync());

        using var sheet = await admin.PostFormAsync("/admin/codes", new()
        {
            ["__RequestVerificationToken"] = WebSession.FormToken(dashboard),
            ["branch"] = first.ToString(CultureInfo.InvariantCulture),
        });
        var html = await sheet.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        Assert.Contains("张秀英", html, StringComparison.Ordinal);
        Assert.Contains("138****0001", html, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000001", html, StringComparison.Ordinal);
        Assert.DoesNotContain("李明", html, StringComparison.Ordinal);
        Assert.Single(SheetCodePattern().Matches(html));
    }

    private async Task<(Learner Zhang, Learner Li)> SeedAsync() =>
        await _host.QueryAsync(async db =>
        (
            await RosterSeed.AddMemberAsync(db, "张秀英", "13800000001", "城关镇第一党支部"),
            await RosterSeed.AddMemberAsync(db, "李明", "13800000002", "城关镇第二党支部")));

    private async Task<WebSession> SignInAsync(string name)
    {
        var session = new WebSession(_host.Address);
        using var _ = await session.SignInLocallyAsync(name);
        return session;
    }

    private static async Task<HttpResponseMessage> PostAsync(WebSession admin, long memberId, string action, Dictionary<string, string> fields)
    {
        var page = await admin.GetStringAsync($"/admin/members/{memberId}");
        fields["__RequestVerificationToken"] = WebSession.FormToken(page);
        return await admin.PostFormAsync($"/admin/members/{memberId}/{action}", fields);
    }

    [GeneratedRegex("新激活码：([A-Z0-9]{8})")]
    private static partial Regex CodePattern();

    [GeneratedRegex("<td class=\"code\">[A-Z0-9]{8}</td>")]
    private static partial Regex SheetCodePattern();
}
