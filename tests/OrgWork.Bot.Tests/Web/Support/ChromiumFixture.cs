using Microsoft.Playwright;

namespace OrgWork.Bot.Tests.Web.Support;

/// <summary>
/// Debian's headless Chromium (<c>apt-get install chromium</c>) driven by Playwright, never a downloaded browser.
/// Without <c>/usr/bin/chromium</c> the browser tests are reported as skipped.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // Without the background-networking flags Chromium keeps calling Google services, which floods a closed network.
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static string SkipReason => $"{ExecutablePath} is missing (apt-get install chromium)";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!IsInstalled)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is null)
        {
            return;
        }

        await Browser.CloseAsync();
        _playwright.Dispose();
        _playwright = null;
    }

    /// <summary>A fresh browser profile (no cookies) at a phone's size, or a desktop's.</summary>
    public Task<IBrowserContext> NewContextAsync(Uri address, bool phone) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            Locale = "zh-CN",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
        });

    /// <summary>
    /// Where a screenshot goes: the test's output folder, or the repository's docs/ when ORGWORK_UPDATE_SCREENSHOTS=1
    /// (how ReadmeScreenshotTests makes docs/web-chat.png and docs/web-dashboard.png).
    /// </summary>
    public static string ScreenshotPath(string fileName) =>
        Environment.GetEnvironmentVariable("ORGWORK_UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(Bot.Tests.Support.BotProcess.RepositoryRoot, "docs", fileName)
            : Path.Combine(AppContext.BaseDirectory, fileName);
}
