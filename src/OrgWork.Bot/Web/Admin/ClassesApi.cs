using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Classes.Reports;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Web.Components;
using OrgWork.Bot.Web.Pages;

namespace OrgWork.Bot.Web.Admin;

/// <summary>
/// Training classes for staff (trainers and admins): <c>/admin/classes</c> lists them with participants, attendance, average
/// rating and completions; <c>/admin/classes/{slug}</c> is one class's report (the matrix of <c>class report</c>, the
/// sessions' ratings, the comments) and <c>/admin/classes/{slug}.xlsx</c> its workbook.
/// </summary>
public static class ClassesApi
{
    public const string Path = "/admin/classes";

    public static IEndpointRouteBuilder MapClassReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path).RequireAuthorization(StaffRequirement.PolicyName);
        group.MapGet("", ListAsync);
        group.MapGet("/{slug}.xlsx", WorkbookAsync);
        group.MapGet("/{slug}", ReportAsync);
        return app;
    }

    public static string PathOf(TrainingClass trainingClass) => $"{Path}/{Uri.EscapeDataString(trainingClass.Slug)}";

    private static async Task<IResult> ListAsync(
        IDbContextFactory<OrgWorkDbContext> contexts, ClassReport report, CatalogueStore catalogues, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var classes = catalogues.Current.Classes.OrderByDescending(c => c.Starts).ThenBy(c => c.Slug, StringComparer.Ordinal);
        var summaries = await report.SummariesAsync(db, classes, time.GetUtcNow().UtcDateTime, cancellationToken);
        return WebPage.Render<ClassesPage>(new Dictionary<string, object?> { [nameof(ClassesPage.Classes)] = summaries });
    }

    private static async Task<IResult> ReportAsync(
        string slug, IDbContextFactory<OrgWorkDbContext> contexts, ClassReport report, CatalogueStore catalogues, TimeProvider time, CancellationToken cancellationToken)
    {
        if (catalogues.Current.FindClass(slug) is not { } trainingClass)
        {
            return Unknown(slug);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var result = await report.BuildAsync(db, trainingClass, time.GetUtcNow().UtcDateTime, cancellationToken);
        return WebPage.Render<ClassReportPage>(new Dictionary<string, object?> { [nameof(ClassReportPage.Report)] = result });
    }

    private static async Task<IResult> WorkbookAsync(
        string slug, HttpContext http, IDbContextFactory<OrgWorkDbContext> contexts, ClassReport report, CatalogueStore catalogues, TimeProvider time,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (catalogues.Current.FindClass(slug) is not { } trainingClass)
        {
            return Unknown(slug);
        }

        ClassReportResult result;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            result = await report.BuildAsync(db, trainingClass, time.GetUtcNow().UtcDateTime, cancellationToken);
        }

        loggers.CreateLogger(typeof(ClassesApi)).LogInformation(
            "User {UserId} downloaded the report of class {Class} ({Members} members)", SignIn.WebUser.IdOf(http.User), trainingClass.Slug, result.Rows.Count);

        // Written to memory first: the zip writer does synchronous writes, which Kestrel's response stream refuses.
        using var buffer = new MemoryStream();
        await ClassReportWorkbook.WriteAsync(buffer, result, cancellationToken);
        return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ClassReportWorkbook.FileName(result));
    }

    private static IResult Unknown(string slug) =>
        WebPage.Message(UiText.DashboardClassesTitle, UiText.Format(UiText.ClassReportUnknown, slug), StatusCodes.Status404NotFound);
}
