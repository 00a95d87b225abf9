using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Notices;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Web.Components;
using OrgWork.Bot.Web.Pages;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Web.Admin;

/// <summary>
/// Notices on the dashboard: <c>/admin/notices</c> lists the latest with their read rates (staff) and has the form that
/// posts one, as <c>/broadcast</c> does (admins); <c>/admin/notices/{id}</c> shows one notice's read rate per branch.
/// </summary>
public static class NoticesApi
{
    public const string Path = "/admin/notices";
    private const int Shown = 50;

    public static IEndpointRouteBuilder MapNotices(this IEndpointRouteBuilder app)
    {
        var notices = app.MapGroup(Path).RequireAuthorization(StaffRequirement.PolicyName);
        notices.MapGet("", ListAsync);
        notices.MapGet("/{id:long}", ShowAsync);
        app.MapPost(Path, PostAsync).RequireAuthorization(StaffRequirement.AdminPolicyName).AddEndpointFilter<RequireAntiforgery>();
        return app;
    }

    private static Task<IResult> ListAsync(
        HttpContext http, IAntiforgery antiforgery, IDbContextFactory<OrgWorkDbContext> contexts, NoticeStats stats, StaffAccess staff, LearningClock clock,
        CancellationToken cancellationToken) =>
        RenderListAsync(http, antiforgery, contexts, stats, staff, clock, null, StatusCodes.Status200OK, cancellationToken);

    private static async Task<IResult> PostAsync(
        HttpContext http, IAntiforgery antiforgery, IDbContextFactory<OrgWorkDbContext> contexts, IWriteGate writeGate, NoticeBroadcast broadcast,
        NoticeSignal signal, NoticeStats stats, StaffAccess staff, LearningClock clock, TimeProvider time, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        int? branchId = null;
        if (form["branch"].ToString() is { Length: > 0 } branch)
        {
            if (!int.TryParse(branch, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return await RenderListAsync(http, antiforgery, contexts, stats, staff, clock, UiText.NoticesNoSuchBranch, StatusCodes.Status400BadRequest, cancellationToken);
            }

            branchId = id;
        }

        var senderId = WebUser.IdOf(http.User) ?? 0;
        NoticePosted? posted;
        string? refusal;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            (posted, refusal) = await broadcast.PostAsync(db, senderId, branchId, form["text"].ToString(), time.GetUtcNow().UtcDateTime, cancellationToken);
            if (posted is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        if (posted is null)
        {
            return await RenderListAsync(http, antiforgery, contexts, stats, staff, clock, refusal, StatusCodes.Status400BadRequest, cancellationToken);
        }

        signal.Wake();
        loggers.CreateLogger(typeof(NoticesApi)).LogInformation(
            "Admin {AdminId} posted notice {NoticeId} to {Recipients} members on the web", senderId, posted.NoticeId, posted.Recipients);
        return await RenderListAsync(http, antiforgery, contexts, stats, staff, clock, NoticeBroadcast.Summary(posted), StatusCodes.Status200OK, cancellationToken);
    }

    private static async Task<IResult> ShowAsync(
        long id, IDbContextFactory<OrgWorkDbContext> contexts, NoticeStats stats, LearningClock clock, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await stats.ByBranchAsync(db, id, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        return WebPage.Render<NoticePage>(new Dictionary<string, object?>
        {
            [nameof(NoticePage.Notice)] = found.Notice,
            [nameof(NoticePage.Branches)] = found.Branches,
            [nameof(NoticePage.ToLocal)] = (Func<DateTime, DateTime>)clock.LocalTime,
        });
    }

    private static async Task<IResult> RenderListAsync(
        HttpContext http, IAntiforgery antiforgery, IDbContextFactory<OrgWorkDbContext> contexts, NoticeStats stats, StaffAccess staff, LearningClock clock,
        string? message, int statusCode, CancellationToken cancellationToken)
    {
        var isAdmin = await staff.IsAdminAsync(WebUser.IdOf(http.User) ?? 0, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return WebPage.Render<NoticesPage>(
            new Dictionary<string, object?>
            {
                [nameof(NoticesPage.Notices)] = await stats.RecentAsync(db, Shown, cancellationToken),
                [nameof(NoticesPage.IsAdmin)] = isAdmin,
                [nameof(NoticesPage.Tokens)] = isAdmin ? antiforgery.GetAndStoreTokens(http) : null,
                [nameof(NoticesPage.Branches)] = isAdmin ? await MembersApi.BranchesAsync(db, cancellationToken) : [],
                [nameof(NoticesPage.Message)] = message,
                [nameof(NoticesPage.ToLocal)] = (Func<DateTime, DateTime>)clock.LocalTime,
            },
            statusCode);
    }
}
