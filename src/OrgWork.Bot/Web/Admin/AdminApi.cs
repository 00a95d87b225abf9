using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Knowledge.Coverage;
using OrgWork.Bot.Core.Knowledge.Feedback;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Reports;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Web.Components;
using OrgWork.Bot.Web.Pages;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Web.Admin;

/// <summary>
/// The staff dashboard (trainers and admins): <c>/admin</c>, the branch chart <c>/admin/report.png</c> and the study-hours
/// CSV <c>/admin/report.csv</c> — the figures, chart and CSV of <c>/report</c> and <c>report --csv</c>, from the same code.
/// </summary>
public static class AdminApi
{
    public const string Path = "/admin";
    private const int GapsShown = 100;
    private const int AuditShown = 50;

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup(Path).RequireAuthorization(StaffRequirement.PolicyName);
        admin.MapGet("", DashboardAsync);
        admin.MapGet("/report.png", ChartAsync);
        admin.MapGet("/report.csv", CsvAsync);
        return app;
    }

    private static async Task<IResult> DashboardAsync(
        IDbContextFactory<OrgWorkDbContext> contexts, BranchReportBuilder report, ItemAnalysis analysis, CoverageGaps gaps,
        StaffQuestions queue, CatalogueStore catalogues, TimeProvider time, LearningClock clock, StaffAccess staff, HttpContext http, IAntiforgery antiforgery,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var catalogue = catalogues.Current;
        var rows = await report.BuildAsync(db, time.GetUtcNow().UtcDateTime, cancellationToken);
        var courses = new List<(Course Course, IReadOnlyList<QuestionStats> Stats)>();
        foreach (var course in catalogue.Courses)
        {
            courses.Add((course, await analysis.AnalyseAsync(db, catalogue, course, cancellationToken)));
        }

        var unanswered = await gaps.MostAskedAsync(db, GapsShown, cancellationToken);
        var isAdmin = await staff.IsAdminAsync(WebUser.IdOf(http.User) ?? 0, cancellationToken);
        var audit = isAdmin ? await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).Take(AuditShown).ToListAsync(cancellationToken) : [];
        return WebPage.Render<DashboardPage>(new Dictionary<string, object?>
        {
            [nameof(DashboardPage.AdminPath)] = Path,
            [nameof(DashboardPage.Rows)] = rows,
            [nameof(DashboardPage.Courses)] = courses,
            [nameof(DashboardPage.Gaps)] = unanswered,
            [nameof(DashboardPage.Satisfaction)] = await Satisfaction.OfAsync(db, cancellationToken),
            [nameof(DashboardPage.Queue)] = await queue.OpenAsync(db, cancellationToken),
            [nameof(DashboardPage.ToLocal)] = (Func<DateTime, DateTime>)clock.LocalTime,
            [nameof(DashboardPage.IsAdmin)] = isAdmin,
            [nameof(DashboardPage.Tokens)] = isAdmin ? antiforgery.GetAndStoreTokens(http) : null,
            [nameof(DashboardPage.Branches)] = isAdmin ? await MembersApi.BranchesAsync(db, cancellationToken) : [],
            [nameof(DashboardPage.Audit)] = audit,
        });
    }

    private static async Task<IResult> ChartAsync(
        IDbContextFactory<OrgWorkDbContext> contexts, BranchReportBuilder report, ReportChart chart, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await report.BuildAsync(db, time.GetUtcNow().UtcDateTime, cancellationToken);
        return TypedResults.File(chart.Render(rows), "image/png");
    }

    private static async Task<IResult> CsvAsync(
        IDbContextFactory<OrgWorkDbContext> contexts, BranchReportBuilder report, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await report.BuildAsync(db, now, cancellationToken);

        // The same bytes as `report --csv`: UTF-8 with a BOM, so Excel opens the Chinese headers correctly.
        var csv = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(ReportFormatter.Csv(rows))).ToArray();
        return TypedResults.File(csv, "text/csv; charset=utf-8", $"study-hours-{now:yyyy-MM-dd}.csv");
    }
}
