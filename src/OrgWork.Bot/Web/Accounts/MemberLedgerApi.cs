using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Reports.Ledger;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Web.Components;
using OrgWork.Bot.Web.Pages;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Web.Accounts;

/// <summary><c>/account/ledger</c>: the signed-in member's own 明细 (the web form of <c>/me 明细</c>), paged.</summary>
public static class MemberLedgerApi
{
    public const string Path = "/account/ledger";

    public static IEndpointRouteBuilder MapMemberLedger(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ShowAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> ShowAsync(
        HttpContext http, IDbContextFactory<OrgWorkDbContext> contexts, MemberLedger ledger, StudyHours hours, CatalogueStore catalogues, TimeProvider time, int? page,
        CancellationToken cancellationToken)
    {
        if (WebUser.IdOf(http.User) is not { } id)
        {
            return TypedResults.Unauthorized();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = await db.Learners.Where(l => l.Id == id).Select(l => l.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? WebUser.NameOf(http.User);
        var slice = await ledger.PageAsync(db, id, Math.Clamp(page ?? 1, 1, 1_000_000), time.GetUtcNow().UtcDateTime, cancellationToken);
        var catalogue = catalogues.Current;
        return WebPage.Render<AccountLedgerPage>(new Dictionary<string, object?>
        {
            [nameof(AccountLedgerPage.Name)] = name,
            [nameof(AccountLedgerPage.Slice)] = slice,
            [nameof(AccountLedgerPage.HoursThisYear)] = hours.FromMinutes(slice.MinutesThisYear),
            [nameof(AccountLedgerPage.Reason)] = (Func<LedgerEntry, string>)(entry => MemberLedger.Reason(entry, catalogue)),
        });
    }
}
