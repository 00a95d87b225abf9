using System.Net;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Hosting;
using OrgWork.Bot.Telegram;

namespace OrgWork.Bot.Web.SignIn;

/// <summary>
/// Which ways of signing in this service offers: 手机号 + 密码 always; the Telegram Login Widget when a bot token is set;
/// OpenID Connect when configured; the try-out display name when <c>Web:DemoSignIn</c> is on (by default only when
/// listening on loopback: <c>ASPNETCORE_URLS</c> or Kestrel's endpoints when given, else <c>Http:Urls</c>) and then
/// only for a request from this machine.
/// </summary>
public sealed class SignInPolicy(IOptions<TelegramOptions> telegram, IOptions<WebOptions> web, IConfiguration configuration)
{
    public bool TelegramEnabled => telegram.Value.IsEnabled;

    public bool OidcEnabled => web.Value.Oidc.IsEnabled;

    public bool DemoEnabled => web.Value.DemoSignIn ?? LoopbackUrls.AreAllLoopback(ListenUrls.Effective(configuration));

    /// <summary>The demo sign-in for this request: on, and the real client (after trusted forwarded headers) is this machine.</summary>
    public bool DemoAllowedFor(HttpContext http) =>
        DemoEnabled && http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
}
