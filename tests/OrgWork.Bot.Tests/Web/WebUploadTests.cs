using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OrgWork.Bot.Cli;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;
using OrgWork.Bot.Web.SignIn;
using static Microsoft.Playwright.Assertions;

namespace OrgWork.Bot.Tests.Web;

/// <summary>
/// Trainers publish from the web chat as they do by sending a file to the bot: upload, preview, 发布. Each test runs
/// its own service on its own content, so publishing changes nothing the other web tests see.
/// </summary>
[Collection(WebHostGroup.Name)]
public sealed class WebUploadTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string Trainer = "王讲师";
    private readonly TestFolder _folder = new();
    private WebApplication _app = null!;

    private Uri Address => new(_app.Urls.First());

    public async Task InitializeAsync()
    {
        _app = await ServeVerb.CreateAppAsync(
        [
            $"--ConnectionStrings:OrgWork={_folder.ConnectionString}",
            $"--Content:Root={_folder.ContentRoot}",
            "--Content:Watch=false",
            "--Http:Urls=http://127.0.0.1:0",
            $"--Bot:Admins:0={LocalLearnerId.For(Trainer)}",
            "--Publishing:MaxZipBytes=200000",
            "--Publishing:MaxMarkdownBytes=100000",
            "--Logging:LogLevel:Default=Warning",
        ], CancellationToken.None);
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _folder.Delete();
    }

    [SkippableFact]
    public async Task ATrainerUploadsALessonInTheBrowserSeesThePreviewAndPublishesIt()
    {
        Skip.IfNot(ChromiumFixture.IsInstalled, ChromiumFixture.SkipReason);
        await using var context = await chromium.NewContextAsync(Address, phone: true);
        var page = await context.NewPageAsync();
        var messages = page.Locator("#messages");
        await page.GotoAsync("/");
        await page.Locator("#name").FillAsync(Trainer);
        await page.Locator("#demo-signin button[type=submit]").ClickAsync();
        await Expect(messages).ToContainTextAsync("欢迎使用");

        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Locator("#attach").ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "01-charter.md", MimeType = "text/markdown", Buffer = Lesson("网页上传的党章总纲") });

        await Expect(page.Locator("#messages .msg.me").Last).ToHaveTextAsync("📎 01-charter.md");
        await Expect(messages).ToContainTextAsync("courses/basics/01-charter.md");
        await page.Locator("#messages button[data-payload]").Filter(new() { HasText = "发布" }).Last.ClickAsync();
        await Expect(messages).ToContainTextAsync("已发布");
        Assert.Contains("网页上传的党章总纲", await File.ReadAllTextAsync(Path.Combine(_folder.ContentRoot, "courses", "basics", "01-charter.md")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task MembersHaveNoAttachButtonAndAnUploadOfTheirsIsRefusedByTheEngine()
    {
        Skip.IfNot(ChromiumFixture.IsInstalled, ChromiumFixture.SkipReason);
        await using var context = await chromium.NewContextAsync(Address, phone: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#name").FillAsync("学员小张");
        await page.Locator("#demo-signin button[type=submit]").ClickAsync();
        await Expect(page.Locator("#messages")).ToContainTextAsync("欢迎使用");
        await Expect(page.Locator("#attach")).ToHaveCountAsync(0);

        using var web = new WebSession(Address);
        await web.SignInLocallyAsync("学员小张");
        var refused = await web.UploadAsync("01-charter.md", Lesson("冒充讲师"));

        Assert.Equal(UiText.UploadNotAllowed, Assert.Single(refused.Messages).Html);
        Assert.DoesNotContain("冒充讲师", await File.ReadAllTextAsync(Path.Combine(_folder.ContentRoot, "courses", "basics", "01-charter.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUploadWithoutTheCsrfHeaderIsRefused()
    {
        using var web = new WebSession(Address);
        await web.SignInLocallyAsync(Trainer);

        using var response = await web.PostFileAsync("01-charter.md", Lesson("无令牌"), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ATooLargeUploadIsAnsweredWithTheLimitAndNothingIsStaged()
    {
        using var web = new WebSession(Address);
        await web.SignInLocallyAsync(Trainer);

        var zip = await web.UploadAsync("big.zip", new byte[200_001]);
        var markdown = await web.UploadAsync("01-charter.md", Encoding.UTF8.GetBytes(new string('长', 40_000))); // 120,000 bytes

        Assert.Equal(UiText.Format(UiText.UploadTooLarge, "big.zip", "195.3 KB"), Assert.Single(zip.Messages).Html);
        Assert.Equal(UiText.Format(UiText.UploadTooLarge, "01-charter.md", "97.7 KB"), Assert.Single(markdown.Messages).Html);
        var options = new DbContextOptionsBuilder<OrgWorkDbContext>().UseSqlite(_folder.ConnectionString).Options;
        await using var db = new OrgWorkDbContext(options);
        Assert.Equal(0, await db.StagedUploads.CountAsync());
    }

    private static byte[] Lesson(string title) => Encoding.UTF8.GetBytes($"---\ntitle: {title}\nminutes: 10\norder: 1\n---\n正文。\n");
}
