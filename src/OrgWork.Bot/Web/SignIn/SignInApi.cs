using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Telegram;
using OrgWork.Bot.Web.Components;
using OrgWork.Bot.Web.Pages;

namespace OrgWork.Bot.Web.SignIn;

/// <summary>
/// <c>/signin</c>: a display name on a loopback try-out, else the Telegram Login Widget. Telegram redirects to
/// <c>GET /signin/telegram</c>; the person confirms with a POST (antiforgery-protected), so a link cannot sign
/// anyone in as someone else. <c>POST /signout</c> ends the session.
/// </summary>
public static class SignInApi
{
    public const string Path = "/signin";
    private const string TelegramPath = "/signin/telegram";
    private const string ReturnField = "returnUrl";
    private const int MaxNameLength = 40;

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ShowSignIn);
        app.MapPost(Path + "/local", LocalAsync).AddEndpointFilter<RequireAntiforgery>();
        app.MapGet(TelegramPath, TelegramConfirm);
        app.MapPost(TelegramPath, TelegramAsync).AddEndpointFilter<RequireAntiforgery>();
        app.MapPost("/signout", SignOutAsync).AddEndpointFilter<RequireAntiforgery>();
        return app;
    }

    private static IResult ShowSignIn(HttpContext http, SignInPolicy policy, IAntiforgery antiforgery, IServiceProvider services, string? returnUrl)
    {
        // Telegram sends the browser back to an absolute address; behind a proxy, forward the original host and scheme.
        var bot = policy.Mode == SignInMode.Telegram ? services.GetService<BotIdentity>()?.Username : null;
        return WebPage.Render<SignInPage>(new Dictionary<string, object?>
        {
            [nameof(SignInPage.Tokens)] = antiforgery.GetAndStoreTokens(http),
            [nameof(SignInPage.Mode)] = policy.Mode,
            [nameof(SignInPage.ReturnUrl)] = SafeReturn(returnUrl),
            [nameof(SignInPage.LocalAction)] = Path + "/local",
            [nameof(SignInPage.MaxNameLength)] = MaxNameLength,
            [nameof(SignInPage.TelegramBot)] = bot,
            [nameof(SignInPage.TelegramCallback)] = $"{http.Request.Scheme}://{http.Request.Host}{TelegramPath}",
        });
    }

    private static async Task<IResult> LocalAsync(HttpContext http, SignInPolicy policy, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(SignInApi));
        if (policy.Mode != SignInMode.Local)
        {
            return TypedResults.NotFound();
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var name = form["name"].ToString().Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            return WebPage.Message(UiText.WebSignInTitle, UiText.WebLocalSignInNameRequired, StatusCodes.Status400BadRequest);
        }

        var id = LocalLearnerId.For(name);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, WebUser.Create(id, name, SignInMode.Local));
        logger.LogInformation("Local web sign-in as learner {LearnerId}", id);
        return TypedResults.Redirect(SafeReturn(form[ReturnField]));
    }

    private static IResult TelegramConfirm(HttpContext http, TelegramLoginVerifier verifier, IAntiforgery antiforgery, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(SignInApi));
        var fields = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        if (verifier.Verify(fields) is not { } user)
        {
            logger.LogWarning("Telegram login payload from {Address} refused (forged, altered or expired)", http.Connection.RemoteIpAddress);
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

    private static async Task<IResult> TelegramAsync(HttpContext http, TelegramLoginVerifier verifier, IAntiforgery antiforgery, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(SignInApi));
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var tokenField = antiforgery.GetTokens(http).FormFieldName;
        var fields = form.Where(f => f.Key != tokenField).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        if (verifier.Verify(fields) is not { } user)
        {
            logger.LogWarning("Telegram login payload from {Address} refused (forged, altered or expired)", http.Connection.RemoteIpAddress);
            return WebPage.Message(UiText.WebSignInTitle, UiText.WebTelegramInvalid, StatusCodes.Status401Unauthorized);
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, WebUser.Create(user.Id, user.DisplayName, SignInMode.Telegram));
        logger.LogInformation("Telegram web sign-in as learner {LearnerId}", user.Id);
        return TypedResults.Redirect("/");
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.Redirect(Path);
    }

    /// <summary>Only a path on this site (never <c>//host</c> or an absolute URL): no open redirect.</summary>
    private static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
