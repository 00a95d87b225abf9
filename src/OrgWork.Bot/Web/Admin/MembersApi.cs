using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Accounts;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Organisation.Roster;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Web.Components;
using OrgWork.Bot.Web.Pages;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Web.Admin;

/// <summary>
/// Admins manage the roster's members on the web: <c>/admin/members</c> (search, filters, 学时 this year),
/// <c>/admin/members/{id}</c> with branch, role, deactivation and a new activation code, and <c>POST /admin/codes</c>
/// (a printable sheet of new codes for a branch). Each change is one short transaction under the write gate, with
/// its audit row.
/// </summary>
public static class MembersApi
{
    public const string Path = "/admin/members";

    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder app)
    {
        var members = app.MapGroup(Path).RequireAuthorization(StaffRequirement.AdminPolicyName);
        members.MapGet("", ListAsync);
        members.MapGet("/{id:long}", ShowAsync);
        members.MapPost("/{id:long}/{action}", ChangeAsync).AddEndpointFilter<RequireAntiforgery>();
        app.MapPost("/admin/codes", CodeSheetAsync).RequireAuthorization(StaffRequirement.AdminPolicyName).AddEndpointFilter<RequireAntiforgery>();
        return app;
    }

    private static async Task<IResult> ListAsync(
        IDbContextFactory<OrgWorkDbContext> contexts, MemberDirectory directory, TimeProvider time, LearningClock clock,
        string? q, string? branch, string? role, string? status, int? page, CancellationToken cancellationToken)
    {
        var query = new MemberQuery(
            string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
            int.TryParse(branch, CultureInfo.InvariantCulture, out var branchId) ? branchId : null,
            Enum.TryParse<Role>(role, out var r) && Enum.IsDefined(r) ? r : null,
            Enum.TryParse<MemberStatus>(status, out var s) && Enum.IsDefined(s) ? s : null,
            Math.Clamp(page ?? 1, 1, 100_000));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (rows, total) = await directory.SearchAsync(db, query, time.GetUtcNow().UtcDateTime, cancellationToken);
        return WebPage.Render<MembersPage>(new Dictionary<string, object?>
        {
            [nameof(MembersPage.Query)] = query,
            [nameof(MembersPage.Rows)] = rows,
            [nameof(MembersPage.Total)] = total,
            [nameof(MembersPage.Branches)] = await BranchesAsync(db, cancellationToken),
            [nameof(MembersPage.ShowFullPhone)] = true,
            [nameof(MembersPage.ToLocal)] = (Func<DateTime, DateTime>)clock.LocalTime,
        });
    }

    private static Task<IResult> ShowAsync(
        long id, HttpContext http, IAntiforgery antiforgery, IDbContextFactory<OrgWorkDbContext> contexts, MemberDirectory directory, TimeProvider time,
        CancellationToken cancellationToken) =>
        RenderMemberAsync(id, http, antiforgery, contexts, directory, time, null, null, cancellationToken);

    private static async Task<IResult> ChangeAsync(
        long id, string action, HttpContext http, IAntiforgery antiforgery, IDbContextFactory<OrgWorkDbContext> contexts, IWriteGate writeGate,
        MemberDirectory directory, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        bool changed;
        string? code = null;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var actor = await ActorAsync(db, http, cancellationToken);
            switch (action)
            {
                case "branch" when int.TryParse(form["branch"], CultureInfo.InvariantCulture, out var branchId):
                    changed = await directory.ChangeBranchAsync(db, actor, id, branchId, now, cancellationToken);
                    break;
                case "role" when Enum.TryParse<Role>(form["role"], out var role) && Enum.IsDefined(role):
                    changed = await directory.ChangeRoleAsync(db, actor, id, role, now, cancellationToken);
                    break;
                case "deactivate" or "reactivate":
                    changed = await directory.SetActiveAsync(db, actor, id, action == "reactivate", now, cancellationToken);
                    break;
                case "code":
                    code = await directory.IssueCodeAsync(db, actor, id, now, cancellationToken);
                    changed = code is not null;
                    break;
                default:
                    return TypedResults.BadRequest();
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        loggers.CreateLogger(typeof(MembersApi)).LogInformation(
            "Admin {AdminId} {Action} on member {LearnerId}: {Outcome}", WebUser.IdOf(http.User), action, id, changed ? "changed" : "unchanged");
        return await RenderMemberAsync(
            id, http, antiforgery, contexts, directory, time, changed ? UiText.MemberSaved : UiText.MemberUnchanged, code, cancellationToken);
    }

    /// <summary>
    /// New codes for the branch's members who have not activated yet: a page meant for printing (numbers masked), or with
    /// <c>format=csv</c> the CSV of <c>roster codes</c>, whose file name says that it holds phone numbers.
    /// </summary>
    private static async Task<IResult> CodeSheetAsync(
        HttpContext http, IDbContextFactory<OrgWorkDbContext> contexts, ActivationCodeBatch batch, TimeProvider time, LearningClock clock,
        CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        if (!int.TryParse(form["branch"], CultureInfo.InvariantCulture, out var branchId))
        {
            return TypedResults.BadRequest();
        }

        Learner actor;
        string? branch;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            branch = await db.Branches.Where(b => b.Id == branchId).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken);
            actor = await ActorAsync(db, http, cancellationToken);
        }

        if (branch is null || await batch.IssueAsync(branch, new RosterActor(actor.Id, actor.DisplayName), cancellationToken) is not { } codes)
        {
            return TypedResults.NotFound();
        }

        var today = clock.LocalDate(time.GetUtcNow().UtcDateTime);
        if (form["format"] == "csv")
        {
            return TypedResults.File(ActivationCodeCsv.Write(codes), "text/csv; charset=utf-8", ActivationCodeCsv.FileName(branch, today));
        }

        return WebPage.Render<CodeSheetPage>(new Dictionary<string, object?>
        {
            [nameof(CodeSheetPage.Branch)] = branch,
            [nameof(CodeSheetPage.ValidUntil)] = today.AddDays((int)ActivationCodes.Lifetime.TotalDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [nameof(CodeSheetPage.Codes)] = codes.Select(c => (c.Name, PhoneMask.Mask(c.Phone), c.Code)).ToList(),
        });
    }

    private static async Task<IResult> RenderMemberAsync(
        long id, HttpContext http, IAntiforgery antiforgery, IDbContextFactory<OrgWorkDbContext> contexts, MemberDirectory directory, TimeProvider time,
        string? message, string? code, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await directory.RowAsync(db, id, time.GetUtcNow().UtcDateTime, cancellationToken) is not { } member)
        {
            return TypedResults.NotFound();
        }

        return WebPage.Render<MemberPage>(new Dictionary<string, object?>
        {
            [nameof(MemberPage.Tokens)] = antiforgery.GetAndStoreTokens(http),
            [nameof(MemberPage.Member)] = member,
            [nameof(MemberPage.Branches)] = await BranchesAsync(db, cancellationToken),
            [nameof(MemberPage.Message)] = message,
            [nameof(MemberPage.NewCode)] = code,
        });
    }

    internal static async Task<IReadOnlyList<(int Id, string Name)>> BranchesAsync(OrgWorkDbContext db, CancellationToken cancellationToken) =>
        (await db.Branches.OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync(cancellationToken)).Select(b => (b.Id, b.Name)).ToList();

    private static async Task<Learner> ActorAsync(OrgWorkDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var id = WebUser.IdOf(http.User) ?? 0;
        return await db.Learners.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken)
            ?? new Learner { Id = id, DisplayName = WebUser.NameOf(http.User) };
    }
}
