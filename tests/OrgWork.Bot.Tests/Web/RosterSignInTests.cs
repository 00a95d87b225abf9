using System.Net;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;

namespace OrgWork.Bot.Tests.Web;

/// <summary>Roster members sign in on the web with 手机号: the first time with the activation code, then with their password.</summary>
public sealed class RosterSignInTests : IAsyncLifetime
{
    private const string Phone = "13800000001";
    private const string Password = "hongse-2026";
    private readonly TestFolder _folder = new();
    private InProcessWebHost _host = null!;

    public async Task InitializeAsync() => _host = await InProcessWebHost.StartAsync(_folder.ContentRoot, _folder.ConnectionString);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task AMemberActivatesWithTheCodeSetsAPasswordChatsAndLaterSignsInWithThePassword()
    {
        var (member, code) = await MemberWithCodeAsync();
        using var first = new WebSession(_host.Address);

        using var activated = await ActivateAsync(first, code, Password);
        var chat = await first.GetStringAsync("/");
        using var signedOut = await first.PostFormAsync("/signout", new() { ["__RequestVerificationToken"] = WebSession.FormToken(chat) });
        using var again = new WebSession(_host.Address);
        using var signedIn = await SignInAsync(again, Password, "/account");
        var account = await again.GetStringAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Contains("张秀英", chat, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/account", signedIn.Headers.Location?.OriginalString);
        Assert.Contains("138****0001", account, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, account, StringComparison.Ordinal);
        var stored = await _host.QueryAsync(db => db.WebCredentials.SingleAsync(c => c.LearnerId == member.Id));
        Assert.DoesNotContain(Password, stored.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnActivationCodeWorksOnceAndAWrongOneIsRefused()
    {
        var (_, code) = await MemberWithCodeAsync();
        using var web = new WebSession(_host.Address);

        using var wrong = await ActivateAsync(web, "ABCDEFGH", Password);
        using var right = await ActivateAsync(web, code, Password);
        using var replay = await ActivateAsync(new WebSession(_host.Address), code, "another-password");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("激活码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
    }

    [Fact]
    public async Task AShortOrMismatchedNewPasswordIsRefusedAndTheCodeStaysUsable()
    {
        var (_, code) = await MemberWithCodeAsync();
        using var web = new WebSession(_host.Address);

        using var tooShort = await ActivateAsync(web, code, "1234567");
        using var ok = await ActivateAsync(web, code, Password);

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("至少 8 位", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheNumberEvenForTheRightPassword()
    {
        var (_, code) = await MemberWithCodeAsync();
        using (var setup = new WebSession(_host.Address))
        {
            using var _ = await ActivateAsync(setup, code, Password);
        }

        using var web = new WebSession(_host.Address);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await SignInAsync(web, "wrong-password-" + i);
            statuses.Add(failed.StatusCode);
        }

        using var locked = await SignInAsync(web, Password);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("已锁定", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownNumberGetsTheSameAnswerAsAWrongPassword()
    {
        using var web = new WebSession(_host.Address);

        using var unknown = await SignInAsync(web, Password, phone: "13999999999");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Contains("手机号或密码不正确", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingThePasswordSignsOutEveryOtherSession()
    {
        var (_, code) = await MemberWithCodeAsync();
        using var phone = new WebSession(_host.Address);
        using (var _ = await ActivateAsync(phone, code, Password))
        {
        }

        using var desktop = new WebSession(_host.Address);
        using (var _ = await SignInAsync(desktop, Password))
        {
        }

        var account = await phone.GetStringAsync("/account");
        using var changed = await phone.PostFormAsync("/account/password", new()
        {
            ["__RequestVerificationToken"] = WebSession.FormToken(account),
            ["current"] = Password,
            ["password"] = "new-password-2027",
            ["confirm"] = "new-password-2027",
        });
        using var desktopAfter = await desktop.Http.GetAsync(new Uri("/", UriKind.Relative));
        using var phoneAfter = await phone.Http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, desktopAfter.StatusCode);
        Assert.StartsWith("/signin", desktopAfter.Headers.Location?.PathAndQuery ?? desktopAfter.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, phoneAfter.StatusCode);
    }

    [Fact]
    public async Task ADeactivatedMemberCannotSignInAndTheirSessionEnds()
    {
        var (member, code) = await MemberWithCodeAsync();
        using var web = new WebSession(_host.Address);
        using (var _ = await ActivateAsync(web, code, Password))
        {
        }

        await _host.QueryAsync(db => db.Learners.Where(l => l.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.DeactivatedAt, DateTime.UtcNow)));
        using var session = await web.Http.GetAsync(new Uri("/", UriKind.Relative));
        using var signIn = await SignInAsync(new WebSession(_host.Address), Password);

        Assert.Equal(HttpStatusCode.Redirect, session.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/chat\nSet-Cookie: x=1")]
    [InlineData("javascript:alert(1)")]
    public async Task TheReturnAddressAfterSignInIsOnlyAPathOnThisSite(string returnUrl)
    {
        var (_, code) = await MemberWithCodeAsync();
        using (var setup = new WebSession(_host.Address))
        {
            using var _ = await ActivateAsync(setup, code, Password);
        }

        using var web = new WebSession(_host.Address);
        using var response = await SignInAsync(web, Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnEncodedLineBreakInTheSignInPageReturnAddressIsHarmless()
    {
        using var web = new WebSession(_host.Address);

        using var response = await web.Http.GetAsync(new Uri("/signin?returnUrl=/%0A/evil.example", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"returnUrl\" value=\"/\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(Learner Member, string Code)> MemberWithCodeAsync() =>
        await _host.QueryAsync(async db =>
        {
            var member = await RosterSeed.AddMemberAsync(db, "张秀英", Phone, "城关镇第一党支部");
            return (member, await RosterSeed.IssueCodeAsync(_host.Services, db, member.Id, DateTime.UtcNow));
        });

    private static async Task<HttpResponseMessage> ActivateAsync(WebSession web, string code, string password) =>
        await web.PostFormAsync("/signin/activate", new()
        {
            ["__RequestVerificationToken"] = WebSession.FormToken(await web.GetStringAsync("/signin/activate")),
            ["phone"] = Phone,
            ["code"] = code,
            ["password"] = password,
            ["confirm"] = password,
        });

    private static async Task<HttpResponseMessage> SignInAsync(WebSession web, string password, string returnUrl = "/", string phone = Phone) =>
        await web.PostFormAsync("/signin/password", new()
        {
            ["__RequestVerificationToken"] = WebSession.FormToken(await web.GetStringAsync("/signin")),
            ["phone"] = phone,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
        });
}
