using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Accounts;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Web.Components;
using OrgWork.Bot.Web.Pages;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Web.Accounts;

/// <summary><c>/account</c>: who the member is in the roster (手机号 masked) and, for password accounts, changing the password.</summary>
public static class AccountApi
{
    public const string Path = "/account";

    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ShowAsync).RequireAuthorization();
        app.MapPost(Path + "/password", ChangePasswordAsync).RequireAuthorization().AddEndpointFilter<RequireAntiforgery>();
        return app;
    }

    private static Task<IResult> ShowAsync(HttpContext http, IAntiforgery antiforgery, IDbContextFactory<OrgWorkDbContext> contexts, CancellationToken cancellationToken) =>
        RenderAsync(http, antiforgery, contexts, null, false, StatusCodes.Status200OK, cancellationToken);

    private static async Task<IResult> ChangePasswordAsync(
        HttpContext http, WebAccounts accounts, IAntiforgery antiforgery, IDbContextFactory<OrgWorkDbContext> contexts, CancellationToken cancellationToken)
    {
        if (WebUser.IdOf(http.User) is not { } id)
        {
            return TypedResults.Unauthorized();
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var result = await accounts.ChangePasswordAsync(id, form["current"].ToString(), form["password"].ToString(), form["confirm"].ToString(), cancellationToken);
        if (result is { Status: PasswordSignInStatus.SignedIn, Member: { } member })
        {
            // This session carries the new stamp; every other one is refused at its next request.
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, WebUser.Create(member.Id, member.DisplayName, SignInMode.Password, result.SecurityStamp));
            return await RenderAsync(http, antiforgery, contexts, UiText.WebPasswordChanged, false, StatusCodes.Status200OK, cancellationToken);
        }

        var error = result.Status == PasswordSignInStatus.WeakPassword ? UiText.WebPasswordWeak : UiText.WebCurrentPasswordWrong;
        return await RenderAsync(http, antiforgery, contexts, error, true, StatusCodes.Status400BadRequest, cancellationToken);
    }

    private static async Task<IResult> RenderAsync(
        HttpContext http, IAntiforgery antiforgery, IDbContextFactory<OrgWorkDbContext> contexts, string? message, bool isError, int statusCode, CancellationToken cancellationToken)
    {
        var id = WebUser.IdOf(http.User) ?? 0;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var member = await db.Learners.AsNoTracking().Where(l => l.Id == id)
            .Select(l => new { l.DisplayName, l.Phone, Branch = db.Branches.Where(b => b.Id == l.BranchId).Select(b => b.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        var hasPassword = await db.WebCredentials.AnyAsync(c => c.LearnerId == id && c.PasswordHash != null, cancellationToken);
        return WebPage.Render<AccountPage>(
            new Dictionary<string, object?>
            {
                [nameof(AccountPage.Tokens)] = antiforgery.GetAndStoreTokens(http),
                [nameof(AccountPage.Name)] = member?.DisplayName ?? WebUser.NameOf(http.User),
                [nameof(AccountPage.Branch)] = member?.Branch,
                [nameof(AccountPage.MaskedPhone)] = member?.Phone is { } phone ? PhoneMask.Mask(phone) : null,
                [nameof(AccountPage.CanChangePassword)] = hasPassword,
                [nameof(AccountPage.Message)] = message,
                [nameof(AccountPage.IsError)] = isError,
                [nameof(AccountPage.MinPasswordLength)] = WebAccounts.MinPasswordLength,
            },
            statusCode);
    }
}
