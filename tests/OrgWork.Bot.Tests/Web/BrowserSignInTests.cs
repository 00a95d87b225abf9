using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace OrgWork.Bot.Tests.Web;

/// <summary>A roster member signs in on a phone in a real browser: activation code → password → chat; wrong code; deactivated.</summary>
[Collection(WebHostGroup.Name)]
public sealed class BrowserSignInTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string Phone = "13800000001";
    private readonly TestFolder _folder = new();
    private InProcessWebHost _host = null!;

    public async Task InitializeAsync() => _host = await InProcessWebHost.StartAsync(_folder.ContentRoot, _folder.ConnectionString);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete();
    }

    [SkippableFact]
    public async Task AMemberActivatesOnAPhoneChatsSignsOutAndSignsInWithThePassword()
    {
        Skip.IfNot(ChromiumFixture.IsInstalled, ChromiumFixture.SkipReason);
        var code = await MemberWithCodeAsync();
        await using var context = await chromium.NewContextAsync(_host.Address, phone: true);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/signin");
        await page.GetByText("第一次登录？").ClickAsync();
        await page.FillAsync("#phone", Phone);
        await page.FillAsync("#code", "WRONGCOD");
        await page.FillAsync("#password", "hongse-2026");
        await page.FillAsync("#confirm", "hongse-2026");
        await page.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator("[role=alert]")).ToContainTextAsync("激活码不正确");

        await page.FillAsync("#code", code.ToLowerInvariant());
        await page.FillAsync("#password", "hongse-2026");
        await page.FillAsync("#confirm", "hongse-2026");
        await page.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator(".who")).ToHaveTextAsync("张秀英");
        await page.FillAsync("#text", "/me");
        await page.Locator("#composer button[type=submit]").ClickAsync();
        await Expect(page.Locator("#messages")).ToContainTextAsync("张秀英");

        await page.GetByText("退出").ClickAsync();
        await page.FillAsync("#password-signin #phone", Phone);
        await page.FillAsync("#password-signin #password", "hongse-2026");
        await page.Locator("#password-signin button[type=submit]").ClickAsync();
        await Expect(page.Locator(".who")).ToHaveTextAsync("张秀英");
    }

    [SkippableFact]
    public async Task ADeactivatedMemberCannotActivateTheirAccount()
    {
        Skip.IfNot(ChromiumFixture.IsInstalled, ChromiumFixture.SkipReason);
        var code = await MemberWithCodeAsync();
        await _host.QueryAsync(db => db.Learners.Where(l => l.Phone == Phone).ExecuteUpdateAsync(s => s.SetProperty(l => l.DeactivatedAt, DateTime.UtcNow)));
        await using var context = await chromium.NewContextAsync(_host.Address, phone: true);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/signin/activate");
        await page.FillAsync("#phone", Phone);
        await page.FillAsync("#code", code);
        await page.FillAsync("#password", "hongse-2026");
        await page.FillAsync("#confirm", "hongse-2026");
        await page.Locator("button[type=submit]").ClickAsync();

        await Expect(page.Locator("[role=alert]")).ToContainTextAsync("激活码不正确");
        Assert.EndsWith("/signin/activate", page.Url, StringComparison.Ordinal);
    }

    private async Task<string> MemberWithCodeAsync() =>
        await _host.QueryAsync(async db =>
        {
            var member = await RosterSeed.AddMemberAsync(db, "张秀英", Phone, "城关镇第一党支部");
            return await RosterSeed.IssueCodeAsync(_host.Services, db, member.Id, DateTime.UtcNow);
        });
}
