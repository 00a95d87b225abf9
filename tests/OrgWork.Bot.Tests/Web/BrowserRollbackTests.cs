using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Playwright;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;
using OrgWork.Bot.Web.SignIn;
using static Microsoft.Playwright.Assertions;
using static OrgWork.Bot.Tests.Web.Support.BrowserChat;

namespace OrgWork.Bot.Tests.Web;

/// <summary>
/// A trainer on a phone, in the web chat: <c>/versions</c> lists 第 N 版 with date and publisher, <c>/rollback</c> shows a
/// preview with 确认 and 取消, 取消 leaves the lesson as it is, and only 确认 restores the old version.
/// </summary>
[Collection(WebHostGroup.Name)]
public sealed class BrowserRollbackTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string Trainer = "讲师老周";
    private const string LessonPath = "courses/basics/01-charter.md";

    private readonly TestFolder _folder = new();
    private InProcessWebHost _host = null!;
    private byte[] _original = [];
    private byte[] _edited = [];

    private string LessonFile => Path.Combine(_folder.ContentRoot, LessonPath);

    public async Task InitializeAsync()
    {
        // Version 1 is the lesson as it was; version 2, a trainer's upload, is what the folder holds now.
        _original = File.ReadAllBytes(LessonFile);
        _edited = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(_original) + "\n\n## 补充\n\n讲师补充的一段。\n");
        File.WriteAllBytes(LessonFile, _edited);
        _host = await InProcessWebHost.StartAsync(
            _folder.ContentRoot, _folder.ConnectionString, $"--Bot:Admins:0={LocalLearnerId.For(Trainer).ToString(CultureInfo.InvariantCulture)}");
        var at = new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
        await _host.QueryAsync(db =>
        {
            db.ContentVersions.Add(Version(1, VersionSource.Existing, _original, at, null, ""));
            db.ContentVersions.Add(Version(2, VersionSource.Upload, _edited, at.AddHours(1), 2001, "王讲师"));
            return db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete();
    }

    [SkippableFact]
    public async Task TheTrainerListsTheVersionsPreviewsARollbackAndOnlyConfirmRestoresIt()
    {
        Skip.IfNot(ChromiumFixture.IsInstalled, ChromiumFixture.SkipReason);
        await using var context = await chromium.NewContextAsync(_host.Address, phone: true);
        var page = await context.NewPageAsync();
        var messages = page.Locator("#messages");
        await page.GotoAsync("/");
        await page.Locator("#name").FillAsync(Trainer);
        await page.Locator("#demo-signin button[type=submit]").ClickAsync();
        await Expect(messages).ToContainTextAsync(Trainer);

        await TypeAsync(page, $"/versions {LessonPath}");
        await Expect(messages).ToContainTextAsync("第 2 版 · 2026-03-02 11:00 · 王讲师（2001） · 上传（当前）");
        await Expect(messages).ToContainTextAsync("第 1 版 · 2026-03-02 10:00 · — · 发布前的原文件");

        await TypeAsync(page, $"/rollback {LessonPath} 1");
        var preview = page.Locator("#messages article").Filter(new() { HasText = "恢复预览（尚未改动）" }).Last;
        await Expect(preview).ToContainTextAsync($"{LessonPath}（增加 0 行，删除 4 行）");
        await Expect(preview.Locator("button[data-payload]")).ToHaveTextAsync(["确认", "取消"]);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ChromiumFixture.ScreenshotPath("web-rollback-preview.png") });
        Assert.Equal(_edited, File.ReadAllBytes(LessonFile));

        await PressAsync(page, "取消");
        await Expect(messages).ToContainTextAsync($"已取消恢复，{LessonPath} 未改动。");
        Assert.Equal(_edited, File.ReadAllBytes(LessonFile));

        await TypeAsync(page, $"/rollback {LessonPath} 1");
        await IdleAsync(page);
        await Expect(page.Locator("#messages article").Last).ToContainTextAsync("恢复预览（尚未改动）");
        await PressAsync(page, "确认");

        await Expect(messages).ToContainTextAsync($"已将 {LessonPath} 恢复为第 1 版的内容（记为第 3 版）");
        Assert.Equal(_original, File.ReadAllBytes(LessonFile));
        Assert.Equal(3, await _host.QueryAsync(db => Task.FromResult(db.ContentVersions.Count())));
    }

    private static ContentVersion Version(int number, VersionSource source, byte[] content, DateTime at, long? authorId, string authorName) => new()
    {
        Path = LessonPath,
        Number = number,
        Source = source,
        Content = content,
        ContentHash = Convert.ToHexStringLower(SHA256.HashData(content)),
        CreatedAt = at,
        AuthorId = authorId,
        AuthorName = authorName,
        PreviousNumber = number == 1 ? null : number - 1,
    };
}
