using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrgWork.Bot.Core.Classes;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Tests.Support;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;
using OrgWork.Bot.Web.Chat;
using OrgWork.Bot.Web.SignIn;
using static Microsoft.Playwright.Assertions;

namespace OrgWork.Bot.Tests.Web;

/// <summary>Check-in in a real browser on a phone: the scanned address, signing in on the way, 确认签到, 签到成功.</summary>
[Collection(WebHostGroup.Name)]
public sealed class BrowserCheckInTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string Member = "学员小刘";
    private const string Trainer = "讲师老吴";
    private readonly TestFolder _folder = new();
    private InProcessWebHost _host = null!;

    public async Task InitializeAsync()
    {
        CheckInContent.Write(_folder.ContentRoot);
        _host = await InProcessWebHost.StartAsync(
            _folder.ContentRoot, _folder.ConnectionString, "--Web:PublicUrl=https://xuexi.example.cn", $"--Bot:Admins:0={LocalLearnerId.For(Trainer).ToString(CultureInfo.InvariantCulture)}");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete();
    }

    [SkippableFact]
    public async Task AMemberScansSignsInOnTheWayAndConfirmsTheCheckIn()
    {
        Skip.IfNot(ChromiumFixture.IsInstalled, ChromiumFixture.SkipReason);
        await EnrolAsync(Member);
        var code = await CurrentCodeAsync();
        await using var context = await chromium.NewContextAsync(_host.Address, phone: true);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/checkin/{code}");
        await page.Locator("#name").FillAsync(Member);
        await page.Locator("#demo-signin button[type=submit]").ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(CheckInContent.FirstSessionTitle);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ChromiumFixture.ScreenshotPath("web-checkin.png") });
        await page.GetByRole(AriaRole.Button, new() { Name = "确认签到" }).ClickAsync();

        await Expect(page.Locator("main")).ToContainTextAsync("签到成功");
        await Expect(page.Locator("main")).ToContainTextAsync(CheckInContent.ClassTitle);
    }

    [SkippableFact]
    public async Task TheProjectorPageShowsTheCodeAndFetchesAFreshOneEveryThirtySeconds()
    {
        Skip.IfNot(ChromiumFixture.IsInstalled, ChromiumFixture.SkipReason);
        await using var context = await chromium.NewContextAsync(_host.Address, phone: false);
        var page = await context.NewPageAsync();

        // The page's timers run on Playwright's clock, moved on by the test instead of waited for.
        await page.Clock.InstallAsync();
        var refused = new List<string>();
        page.Console += (_, message) => refused.Add(message.Text);

        await page.GotoAsync("/signin");
        await page.Locator("#name").FillAsync(Trainer);
        await page.Locator("#demo-signin button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Uri(_host.Address, "/").ToString());
        await page.GotoAsync($"/checkin/show/{CheckInContent.ClassSlug}/1");

        var image = page.Locator("#checkin-qr");
        await Expect(image).ToBeVisibleAsync();
        await Expect(page.Locator("#checkin-address")).ToContainTextAsync("/checkin/");
        Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 200, "the QR image did not load");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ChromiumFixture.ScreenshotPath("web-checkin-projector.png") });

        var refetched = page.WaitForResponseAsync(r => r.Url.Contains("/qr.png?t=", StringComparison.Ordinal));
        await page.Clock.RunForAsync(31_000);
        var response = await refetched;
        Assert.Equal("no-store", await response.HeaderValueAsync("cache-control"));
        await Expect(image).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^data:image/png;base64,"));
        Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 200, "the fresh QR image did not load");
        Assert.DoesNotContain(refused, text => text.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    private async Task EnrolAsync(string name)
    {
        using var session = new WebSession(_host.Address);
        using var _ = await session.SignInLocallyAsync(name);
        using var response = await session.PostChatAsync(new ChatRequest(null, CheckInContent.EnrolButton, null));
        var reply = await response.Content.ReadFromJsonAsync<ChatResponse>();
        Assert.Contains(reply!.Messages, m => m.Html.Contains("报名成功", StringComparison.Ordinal));
    }

    private async Task<string> CurrentCodeAsync()
    {
        var trainingClass = _host.Services.GetRequiredService<CatalogueStore>().Current.FindClass(CheckInContent.ClassSlug)!;
        return await _host.Services.GetRequiredService<CheckInCodes>().ForSessionAsync(trainingClass, trainingClass.Sessions[0], DateTime.UtcNow, CancellationToken.None);
    }
}
