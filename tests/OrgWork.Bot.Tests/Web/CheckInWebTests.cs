using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Classes;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Tests.Support;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;
using OrgWork.Bot.Web.Chat;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Tests.Web;

/// <summary>
/// The check-in addresses a QR code holds, on the web: opening one only shows it (link previews must not check anyone in),
/// 确认签到 checks in through the engine once, bad codes get their Chinese reason, and the trainer's projector and poster
/// pages are for staff, with images made fresh and never cached.
/// </summary>
public sealed partial class CheckInWebTests : IAsyncLifetime
{
    private const string Trainer = "讲师老周";
    private const string Member = "学员小陈";
    private readonly TestFolder _folder = new();
    private InProcessWebHost _host = null!;

    public async Task InitializeAsync()
    {
        CheckInContent.Write(_folder.ContentRoot);
        _host = await InProcessWebHost.StartAsync(
            _folder.ContentRoot, _folder.ConnectionString,
            "--Web:PublicUrl=https://xuexi.example.cn", $"--Bot:Admins:0={LocalLearnerId.For(Trainer).ToString(CultureInfo.InvariantCulture)}");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task OpeningTheAddressChangesNothingUntilTheMemberConfirmsThenItCountsOnce()
    {
        var code = await TrainersCodeAsync();
        using var member = await EnrolledMemberAsync();

        using var page = await member.Http.GetAsync(new Uri($"/checkin/{code}", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"《{CheckInContent.ClassTitle}》第 1 讲“{CheckInContent.FirstSessionTitle}”", html, StringComparison.Ordinal);
        Assert.Contains("确认签到", html, StringComparison.Ordinal);
        Assert.Contains($"<form method=\"post\" action=\"/checkin/{code}\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await AttendancesAsync());

        var first = await ConfirmAsync(member, $"/checkin/{code}", html);
        var second = await ConfirmAsync(member, $"/checkin/{code}", html);

        Assert.Contains("签到成功", first, StringComparison.Ordinal);
        Assert.Contains("已签到", second, StringComparison.Ordinal);
        Assert.Equal(1, await AttendancesAsync());
    }

    [Fact]
    public async Task AnExpiredOrForgedCodeIsExplainedAndOffersNoButton()
    {
        using var member = await EnrolledMemberAsync();
        var expired = await SessionCodeAsync(DateTime.UtcNow.AddMinutes(-5));

        using var old = await member.Http.GetAsync(new Uri($"/checkin/{expired}", UriKind.Relative));
        using var forged = await member.Http.GetAsync(new Uri("/checkin/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", UriKind.Relative));
        var oldPage = await old.Content.ReadAsStringAsync();
        var forgedPage = await forged.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.Gone, HttpStatusCode.NotFound), (old.StatusCode, forged.StatusCode));
        Assert.Contains("签到码已过期", oldPage, StringComparison.Ordinal);
        Assert.Contains(CheckInContent.ClassTitle, oldPage, StringComparison.Ordinal);
        Assert.Contains("签到码无效", forgedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", oldPage + forgedPage, StringComparison.Ordinal);

        // Posting an old code anyway (a page left open) gets the engine's answer, and records nothing.
        var token = WebSession.FormToken(await member.GetStringAsync($"/checkin/{await TrainersCodeAsync()}"));
        using var late = await member.PostFormAsync($"/checkin/{expired}", new() { ["__RequestVerificationToken"] = token });
        Assert.Contains("签到码已过期", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await AttendancesAsync());
    }

    [Fact]
    public async Task AVisitorWhoIsNotSignedInIsSentToSignInAndBack()
    {
        var code = await SessionCodeAsync(DateTime.UtcNow);
        using var visitor = new WebSession(_host.Address);

        using var response = await visitor.Http.GetAsync(new Uri($"/checkin/{code}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/signin", new Uri(_host.Address, location).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString($"/checkin/{code}"), location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProjectorPageIsForStaffAndItsImageIsAFreshPngThatIsNeverCached()
    {
        using var member = await EnrolledMemberAsync();
        using var trainer = await SignInAsync(Trainer);
        const string projector = $"/checkin/show/{CheckInContent.ClassSlug}/1";

        using var refused = await member.Http.GetAsync(new Uri(projector, UriKind.Relative));
        using var refusedImage = await member.Http.GetAsync(new Uri(projector + "/qr.png", UriKind.Relative));
        var page = await trainer.GetStringAsync(projector);
        using var image = await trainer.Http.GetAsync(new Uri(projector + "/qr.png", UriKind.Relative));
        var bytes = await image.Content.ReadAsByteArrayAsync();
        using var closed = await trainer.Http.GetAsync(new Uri($"/checkin/show/{CheckInContent.ClassSlug}/2", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (refused.StatusCode, refusedImage.StatusCode));
        Assert.Contains($"src=\"{projector}/qr.png\"", page, StringComparison.Ordinal);
        Assert.Matches("https://xuexi.example.cn/checkin/[A-Za-z0-9_-]{20,}<", page);
        Assert.Contains("/assets/checkin.js", page, StringComparison.Ordinal);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(image.Headers.CacheControl?.NoStore, "the projector's image must not be cached: its code rotates");
        Assert.StartsWith("https://xuexi.example.cn/checkin/", image.Headers.GetValues("X-CheckIn-Address").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Contains("现在不是", await closed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASiteVisitIsConfirmedOnTheWebAndCountsOnceADay()
    {
        using var member = await SignInAsync(Member);
        using var trainer = await SignInAsync(Trainer);
        var code = await SiteCodeAsync();

        var page = await member.GetStringAsync($"/checkin/site/{code}");
        var first = await ConfirmAsync(member, $"/checkin/site/{code}", page);
        var second = await ConfirmAsync(member, $"/checkin/site/{code}", page);
        using var unknown = await member.Http.GetAsync(new Uri("/checkin/site/AAAAAAAAAAAAAA", UriKind.Relative));
        using var refusedPoster = await member.Http.GetAsync(new Uri($"/sites/{CheckInContent.SiteSlug}/poster", UriKind.Relative));
        var poster = await trainer.GetStringAsync($"/sites/{CheckInContent.SiteSlug}/poster");
        using var posterImage = await trainer.Http.GetAsync(new Uri($"/sites/{CheckInContent.SiteSlug}/qr.png", UriKind.Relative));

        Assert.Contains(CheckInContent.SiteTitle, page, StringComparison.Ordinal);
        Assert.Contains("确认签到", page, StringComparison.Ordinal);
        Assert.Contains($"已登记参观：{CheckInContent.SiteTitle}", first, StringComparison.Ordinal);
        Assert.Contains("今天已经登记过参观", second, StringComparison.Ordinal);
        Assert.Equal(1, await _host.QueryAsync(db => db.SiteVisits.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("不是本系统的红色教育基地码", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refusedPoster.StatusCode);
        Assert.Contains($"https://xuexi.example.cn/checkin/site/{code}", poster, StringComparison.Ordinal);
        Assert.Contains($"src=\"/sites/{CheckInContent.SiteSlug}/qr.png\"", poster, StringComparison.Ordinal);
        Assert.Contains("学时 1", poster, StringComparison.Ordinal);
        Assert.Equal("image/png", posterImage.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The trainer's <c>/checkin</c> in the web chat, as on Telegram: the code is read from the address under the image.</summary>
    private async Task<string> TrainersCodeAsync()
    {
        using var trainer = await SignInAsync(Trainer);
        var reply = await trainer.SendAsync("/checkin");
        var message = Assert.Single(reply.Messages);
        Assert.NotNull(message.Image);
        return AddressCode().Match(message.Html) is { Success: true } match ? match.Groups[1].Value : throw new Xunit.Sdk.XunitException("no address in:\n" + message.Html);
    }

    private async Task<WebSession> EnrolledMemberAsync()
    {
        var member = await SignInAsync(Member);
        using var enrolled = await member.PostChatAsync(new ChatRequest(null, CheckInContent.EnrolButton, null));
        var reply = await enrolled.Content.ReadFromJsonAsync<ChatResponse>();
        Assert.Contains(reply!.Messages, m => m.Html.Contains("报名成功", StringComparison.Ordinal));
        return member;
    }

    private async Task<WebSession> SignInAsync(string name)
    {
        var session = new WebSession(_host.Address);
        using var _ = await session.SignInLocallyAsync(name);
        return session;
    }

    private static async Task<string> ConfirmAsync(WebSession member, string path, string page)
    {
        using var response = await member.PostFormAsync(path, new() { ["__RequestVerificationToken"] = WebSession.FormToken(page) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> SessionCodeAsync(DateTime utcNow)
    {
        var trainingClass = _host.Services.GetRequiredService<CatalogueStore>().Current.FindClass(CheckInContent.ClassSlug)!;
        return await _host.Services.GetRequiredService<CheckInCodes>().ForSessionAsync(trainingClass, trainingClass.Sessions[0], utcNow, CancellationToken.None);
    }

    private async Task<string> SiteCodeAsync()
    {
        var site = _host.Services.GetRequiredService<CatalogueStore>().Current.FindSite(CheckInContent.SiteSlug)!;
        return await _host.Services.GetRequiredService<CheckInCodes>().ForSiteAsync(site, CancellationToken.None);
    }

    private Task<int> AttendancesAsync() =>
        _host.QueryAsync(db => db.Attendances.CountAsync(a => a.LearnerId == LocalLearnerId.For(Member)));

    [GeneratedRegex(@"签到地址：.*?/checkin/([A-Za-z0-9_-]+)")]
    private static partial Regex AddressCode();
}
