using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Telegram;
using OrgWork.Bot.Web.Accounts;
using OrgWork.Bot.Web.Components;
using OrgWork.Bot.Web.Pages;

namespace OrgWork.Bot.Web.SignIn;

/// <summary>
/// <c>/signin</c>: 手机号 + 密码 (<c>POST /signin/password</c>), the first time with the activation code
/// (<c>/signin/activate</c>); the Telegram Login Widget when a bot token is set (Telegram redirects to
/// <c>GET /signin/telegram</c>, the person confirms with a POST, so a link cannot sign anyone in); OpenID Connect
/// (<c>/signin/oidc</c>) when configured; the try-out display name (<c>POST /signin/local</c>) only for this machine.
/// <c>POST /signout</c> ends the session. Every form post carries an antiforgery token.
/// </summary>
public static class SignInApi
{
    public const string Path = "/signin";
    public const string OidcPath = "/signin/oidc";
    private const string TelegramPath = "/signin/telegram";
    private const string ReturnField = "returnUrl";
    private const int MaxNameLength = 40;

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ShowSignIn);
        app.MapPost(Path + "/password", PasswordAsync).AddEndpointFilter<RequireAntiforgery>();
        app.MapGet(Path + "/activate", ShowActivate);
        app.MapPost(Path + "/activate", ActivateAsync).AddEndpointFilter<RequireAntiforgery>();
        app.MapPost(Path + "/local", LocalAsync).AddEndpointFilter<RequireAntiforgery>();
        app.MapGet(TelegramPath, TelegramConfirm);
        app.MapPost(TelegramPath, TelegramAsync).AddEndpointFilter<RequireAntiforgery>();
        app.MapGet(OidcPath, OidcChallenge);
        app.MapPost("/signout", SignOutAsync).AddEndpointFilter<RequireAntiforgery>();
        return app;
    }

    private static IResult ShowSignIn(HttpContext http, SignInPolicy policy, IAntiforgery antiforgery, IServiceProvider services, string? returnUrl, string? error) =>
        RenderSignIn(http, policy, antiforgery, services, ReturnUrls.Safe(returnUrl), error == "oidc" ? UiText.WebOidcNoMember : null, null, StatusCodes.Status200OK);

    private static async Task<IResult> PasswordAsync(
        HttpContext http, WebAccounts accounts, SignInPolicy policy, IAntiforgery antiforgery, IServiceProvider services, LearningClock clock, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var phone = form["phone"].ToString().Trim();
        var returnUrl = ReturnUrls.Safe(form[ReturnField]);
        var result = await accounts.SignInAsync(phone, form["password"].ToString(), cancellationToken);
        if (result is { Status: PasswordSignInStatus.SignedIn, Member: { } member })
        {
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, WebUser.Create(member.Id, member.DisplayName, SignInMode.Password, result.SecurityStamp));
            return TypedResults.Redirect(returnUrl);
        }

        var error = result.Status switch
        {
            PasswordSignInStatus.LockedOut => LockedMessage(result, clock),
            PasswordSignInStatus.NotActivated => UiText.WebSignInNotActivated,
            _ => UiText.WebSignInInvalid,
        };
        return RenderSignIn(http, policy, antiforgery, services, returnUrl, error, phone, StatusCodes.Status401Unauthorized);
    }

    private static IResult ShowActivate(HttpContext http, IAntiforgery antiforgery) =>
        RenderActivate(http, antiforgery, null, null, StatusCodes.Status200OK);

    private static async Task<IResult> ActivateAsync(HttpContext http, WebAccounts accounts, IAntiforgery antiforgery, LearningClock clock, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var phone = form["phone"].ToString().Trim();
        var result = await accounts.ActivateAsync(phone, form["code"].ToString(), form["password"].ToString(), form["confirm"].ToString(), cancellationToken);
        if (result is { Status: PasswordSignInStatus.SignedIn, Member: { } member })
        {
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, WebUser.Create(member.Id, member.DisplayName, SignInMode.Password, result.SecurityStamp));
            return TypedResults.Redirect("/");
        }

        var error = result.Status switch
        {
            PasswordSignInStatus.LockedOut => LockedMessage(result, clock),
            PasswordSignInStatus.WeakPassword => UiText.WebPasswordWeak,
            _ => UiText.WebActivateInvalid,
        };
        return RenderActivate(http, antiforgery, error, phone, result.Status == PasswordSignInStatus.WeakPassword ? StatusCodes.Status400BadRequest : StatusCodes.Status401Unauthorized);
    }

    /// <summary>Until when the number is locked, in the members' time.</summary>
    private static string LockedMessage(PasswordSignInResult result, LearningClock clock) =>
        UiText.Format(UiText.WebSignInLocked, clock.LocalTime(result.LockedUntil!.Value).ToString("HH:mm", CultureInfo.InvariantCulture));

    private static async Task<IResult> LocalAsync(HttpContext http, SignInPolicy policy, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(SignInApi));
        var client = http.Connection.RemoteIpAddress;
        if (!policy.DemoAllowedFor(http))
        {
            logger.LogWarning("Demo web sign-in refused for client {ClientAddress} (demo sign-in on: {DemoEnabled})", client, policy.DemoEnabled);
            return WebPage.Message(UiText.WebSignInTitle, UiText.WebDemoRefused, StatusCodes.Status403Forbidden);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var name = form["name"].ToString().Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            return WebPage.Message(UiText.WebSignInTitle, UiText.WebLocalSignInNameRequired, StatusCodes.Status400BadRequest);
        }

        var id = LocalLearnerId.For(name);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, WebUser.Create(id, name, SignInMode.Local));
        logger.LogInformation("Demo web sign-in as learner {LearnerId} from client {ClientAddress}", id, client);
        return TypedResults.Redirect(ReturnUrls.Safe(form[ReturnField]));
    }

    private static IResult TelegramConfirm(HttpContext http, TelegramLoginVerifier verifier, IAntiforgery antiforgery, ILoggerFactory loggers)
    {
        var fields = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        if (verifier.Verify(fields) is not { } user)
        {
            loggers.CreateLogger(typeof(SignInApi)).LogWarning("Telegram login payload from {ClientAddress} refused (forged, altered or expired)", http.Connection.RemoteIpAddress);
            return WebPage.Message(UiText.WebSignInTitle, UiText.WebTelegramInvalid, StatusCodes.Status400BadRequest);
        }

        return WebPage.Render<TelegramConfirmPage>(new Dictionary<string, object?>
        {
            [nameof(TelegramConfirmPage.Tokens)] = antiforgery.GetAndStoreTokens(http),
            [nameof(TelegramConfirmPage.DisplayName)] = user.DisplayName,
            [nameof(TelegramConfirmPage.Action)] = TelegramPath,
            [nameof(TelegramConfirmPage.Fields)] = fields,
        });
    }

    /// <summary>The Telegram account signs in as itself, or as the roster member it was bound to with <c>/bind</c>.</summary>
    private static async Task<IResult> TelegramAsync(
        HttpContext http, TelegramLoginVerifier verifier, IAntiforgery antiforgery, IDbContextFactory<OrgWorkDbContext> contexts, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(SignInApi));
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var tokenField = antiforgery.GetTokens(http).FormFieldName;
        var fields = form.Where(f => f.Key != tokenField).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        if (verifier.Verify(fields) is not { } user)
        {
            logger.LogWarning("Telegram login payload from {ClientAddress} refused (forged, altered or expired)", http.Connection.RemoteIpAddress);
            return WebPage.Message(UiText.WebSignInTitle, UiText.WebTelegramInvalid, StatusCodes.Status401Unauthorized);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var bound = await db.AccountAliases.Where(a => a.AliasId == user.Id)
            .Join(db.Learners, a => a.LearnerId, l => l.Id, (a, l) => new { l.Id, l.DisplayName, l.DeactivatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (bound?.DeactivatedAt is not null)
        {
            return WebPage.Message(UiText.WebSignInTitle, UiText.AccountDeactivated, StatusCodes.Status403Forbidden);
        }

        var (id, name) = bound is null ? (user.Id, user.DisplayName) : (bound.Id, bound.DisplayName);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, WebUser.Create(id, name, SignInMode.Telegram));
        logger.LogInformation("Telegram web sign-in of account {AccountId} as learner {LearnerId}", user.Id, id);
        return TypedResults.Redirect("/");
    }

    private static IResult OidcChallenge(SignInPolicy policy, string? returnUrl) =>
        policy.OidcEnabled
            ? TypedResults.Challenge(new AuthenticationProperties { RedirectUri = ReturnUrls.Safe(returnUrl) }, [OidcSignIn.Scheme])
            : TypedResults.NotFound();

    private static async Task<IResult> SignOutAsync(HttpContext http, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.Redirect(Path);
    }

    private static IResult RenderSignIn(
        HttpContext http, SignInPolicy policy, IAntiforgery antiforgery, IServiceProvider services, string returnUrl, string? error, string? phone, int statusCode)
    {
        // Telegram sends the browser back to an absolute address; behind a proxy, forward the original host and scheme.
        var bot = policy.TelegramEnabled ? services.GetService<BotIdentity>()?.Username : null;
        return WebPage.Render<SignInPage>(
            new Dictionary<string, object?>
            {
                [nameof(SignInPage.Tokens)] = antiforgery.GetAndStoreTokens(http),
                [nameof(SignInPage.ReturnUrl)] = returnUrl,
                [nameof(SignInPage.Error)] = error,
                [nameof(SignInPage.Phone)] = phone,
                [nameof(SignInPage.DemoAllowed)] = policy.DemoAllowedFor(http),
                [nameof(SignInPage.MaxNameLength)] = MaxNameLength,
                [nameof(SignInPage.OidcEnabled)] = policy.OidcEnabled,
                [nameof(SignInPage.TelegramEnabled)] = policy.TelegramEnabled,
                [nameof(SignInPage.TelegramBot)] = bot,
                [nameof(SignInPage.TelegramCallback)] = $"{http.Request.Scheme}://{http.Request.Host}{TelegramPath}",
            },
            statusCode);
    }

    private static IResult RenderActivate(HttpContext http, IAntiforgery antiforgery, string? error, string? phone, int statusCode) =>
        WebPage.Render<ActivatePage>(
            new Dictionary<string, object?>
            {
                [nameof(ActivatePage.Tokens)] = antiforgery.GetAndStoreTokens(http),
                [nameof(ActivatePage.Error)] = error,
                [nameof(ActivatePage.Phone)] = phone,
                [nameof(ActivatePage.MinPasswordLength)] = WebAccounts.MinPasswordLength,
            },
            statusCode);
}
