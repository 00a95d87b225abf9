using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Reports.Members;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Web.Components;
using OrgWork.Bot.Web.Pages;

namespace OrgWork.Bot.Web.Admin;

/// <summary>
/// The member report for staff (trainers and admins): <c>/admin/report/members</c> with branch, parent and date filters and the
/// below-target list, and <c>/admin/report/members.xlsx</c>, the workbook of <c>report --members --xlsx</c> for the same filters.
/// </summary>
public static class MemberReportApi
{
    public const string Path = "/admin/report/members";

    /// <summary>Rows shown on the page; the workbook always has every member.</summary>
    public const int RowsShown = 500;

    public static IEndpointRouteBuilder MapMemberReport(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path).RequireAuthorization(StaffRequirement.PolicyName);
        group.MapGet("", PageAsync);
        app.MapGet(Path + ".xlsx", WorkbookAsync).RequireAuthorization(StaffRequirement.PolicyName);
        return app;
    }

    private static async Task<IResult> PageAsync(
        IDbContextFactory<OrgWorkDbContext> contexts, MemberReport report, LearningClock clock, TimeProvider time,
        string? year, string? from, string? to, string? branch, string? parent, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var filters = new MemberReportFilters(year, from, to, Blank(branch), Blank(parent));
        var (query, error) = await ResolveAsync(db, report, clock, time, filters, cancellationToken);
        var result = query is null ? null : await report.BuildAsync(db, query, cancellationToken);
        return WebPage.Render<MemberReportPage>(
            new Dictionary<string, object?>
            {
                [nameof(MemberReportPage.Filters)] = filters,
                [nameof(MemberReportPage.Report)] = result,
                [nameof(MemberReportPage.Error)] = error,
                [nameof(MemberReportPage.Branches)] = await db.Branches.OrderBy(b => b.Name).Select(b => b.Name).ToListAsync(cancellationToken),
                [nameof(MemberReportPage.Parents)] = await db.ParentOrganisations.OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(cancellationToken),
                [nameof(MemberReportPage.RowsShown)] = RowsShown,
            },
            error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> WorkbookAsync(
        HttpContext http, IDbContextFactory<OrgWorkDbContext> contexts, MemberReport report, LearningClock clock, TimeProvider time, ILoggerFactory loggers,
        string? year, string? from, string? to, string? branch, string? parent, CancellationToken cancellationToken)
    {
        MemberReportResult result;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var (query, error) = await ResolveAsync(db, report, clock, time, new MemberReportFilters(year, from, to, Blank(branch), Blank(parent)), cancellationToken);
            if (query is null)
            {
                return WebPage.Message(UiText.DashboardMembersTitle, error!, StatusCodes.Status400BadRequest);
            }

            result = await report.BuildAsync(db, query, cancellationToken);
        }

        loggers.CreateLogger(typeof(MemberReportApi)).LogInformation(
            "User {UserId} downloaded the member report of {Members} members ({From}–{To}, branch {Branch}, parent {Parent})",
            SignIn.WebUser.IdOf(http.User), result.Rows.Count, result.Query.From, result.Query.To, result.Query.Branch, result.Query.Parent);

        // Written to memory first: the zip writer does synchronous writes, which Kestrel's response stream refuses.
        using var buffer = new MemoryStream();
        await MemberReportWorkbook.WriteAsync(buffer, result, cancellationToken);
        return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MemberReportWorkbook.FileName(result.Query));
    }

    private static async Task<(MemberReportQuery? Query, string? Error)> ResolveAsync(
        OrgWorkDbContext db, MemberReport report, LearningClock clock, TimeProvider time, MemberReportFilters filters, CancellationToken cancellationToken)
    {
        var today = clock.LocalDate(time.GetUtcNow().UtcDateTime);
        if (MemberReportPeriod.TryParse(filters.Year, filters.From, filters.To, today, out var first, out var last) is { } periodError)
        {
            return (null, periodError);
        }

        var query = new MemberReportQuery(first, last, filters.Branch, filters.Parent);
        return await report.CheckFiltersAsync(db, query, cancellationToken) is { } filterError ? (null, filterError) : (query, null);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
