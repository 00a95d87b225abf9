using OrgWork.Bot.Hosting;
using OrgWork.Bot.Web.Accounts;
using OrgWork.Bot.Web.Admin;
using OrgWork.Bot.Web.Certificates;
using OrgWork.Bot.Web.Chat;
using OrgWork.Bot.Web.CheckIn;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Web;

public static class WebChannelApplicationExtensions
{
    /// <summary>
    /// A strict policy for the pages: scripts only from this site (and Telegram's login widget), no inline script,
    /// so even HTML that slipped through could not run.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' https://telegram.org; frame-src https://oauth.telegram.org; img-src 'self' data: https://t.me https://telegram.org; "
        + "style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Sessions, security headers and the web endpoints: chat, sign-in, dashboard, assets.</summary>
    public static WebApplication UseWebChannel(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            // Added as the response starts, so an error page written after the exception handler cleared the
            // headers carries them too; an endpoint's own value is kept.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.TryAdd("Content-Security-Policy", ContentSecurityPolicy);
                headers.TryAdd("X-Content-Type-Options", "nosniff");
                headers.TryAdd("X-Frame-Options", "DENY");
                headers.TryAdd("Referrer-Policy", "same-origin");
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        LogSignInMode(app);

        app.MapWebChat();
        app.MapSignIn();
        app.MapAccount();
        app.MapAdmin();
        app.MapMembers();
        app.MapMemberReport();
        app.MapClassReports();
        app.MapMemberLedger();
        app.MapNotices();
        app.MapCertificates();
        app.MapCheckIn();
        app.MapCheckInStaff();
        app.MapWebAssets();
        return app;
    }

    private static void LogSignInMode(WebApplication app)
    {
        var policy = app.Services.GetRequiredService<SignInPolicy>();
        app.Logger.LogInformation(
            "Web sign-in: 手机号 and password; Telegram widget {Telegram}; OpenID Connect {Oidc}; demo display name {Demo}",
            policy.TelegramEnabled ? "on" : "off", policy.OidcEnabled ? "on" : "off", policy.DemoEnabled ? "on (loopback clients only)" : "off");
        if (policy.DemoEnabled)
        {
            app.Logger.LogWarning("Web chat: the try-out sign-in with a display name is on for clients on this machine. Open {Url} in a browser", ListenUrls.Effective(app.Configuration));
        }
    }
}
