using System.Net;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Web.Support;

namespace OrgWork.Bot.Tests.Web;

/// <summary>OpenID Connect against a provider on loopback: its phone_number claim finds the roster member.</summary>
public sealed class OidcSignInTests : IAsyncLifetime
{
    private readonly TestFolder _folder = new();
    private FakeOidcProvider _provider = null!;
    private InProcessWebHost _host = null!;

    public async Task InitializeAsync()
    {
        _provider = await FakeOidcProvider.StartAsync();
        _host = await InProcessWebHost.StartAsync(
            _folder.ContentRoot,
            _folder.ConnectionString,
            $"--Web:Oidc:Authority={_provider.Authority}",
            $"--Web:Oidc:ClientId={FakeOidcProvider.ClientId}",
            $"--Web:Oidc:ClientSecret={FakeOidcProvider.ClientSecret}",
            "--Web:Oidc:RequireHttpsMetadata=false");
        await _host.QueryAsync(db => RosterSeed.AddMemberAsync(db, "张秀英", "13800000001", "城关镇第一党支部"));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _provider.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task TheProvidersPhoneNumberSignsInTheRosterMember()
    {
        _provider.NextPhoneNumber = "+86 13800000001";
        using var web = new WebSession(_host.Address);

        var landing = await SignInThroughProviderAsync(web, "/account");
        var account = await web.GetStringAsync("/account");

        Assert.Equal("/account", landing);
        Assert.Contains("张秀英", account, StringComparison.Ordinal);
        Assert.Contains("使用统一身份认证登录", await new WebSession(_host.Address).GetStringAsync("/signin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANumberThatIsNotInTheRosterIsSentBackToTheSignInPageWithAMessage()
    {
        _provider.NextPhoneNumber = "13999999999";
        using var web = new WebSession(_host.Address);

        var landing = await SignInThroughProviderAsync(web, "/");
        var page = await web.GetStringAsync(landing);
        using var chat = await web.Http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal("/signin?error=oidc", landing);
        Assert.Contains("不在党员名册中", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, chat.StatusCode);
    }

    /// <summary>Follows the browser's redirects: our challenge → the provider → our callback; returns where the callback sends it.</summary>
    private async Task<string> SignInThroughProviderAsync(WebSession web, string returnUrl)
    {
        using var challenge = await web.Http.GetAsync(new Uri("/signin/oidc?returnUrl=" + Uri.EscapeDataString(returnUrl), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var authorize = await browser.GetAsync(challenge.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var callback = authorize.Headers.Location!;
        Assert.StartsWith(_host.Address.ToString().TrimEnd('/'), callback.ToString(), StringComparison.Ordinal);
        using var back = await web.Http.GetAsync(new Uri(callback.PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        return back.Headers.Location!.OriginalString;
    }
}
