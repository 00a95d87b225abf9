using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Classes.Reports;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary>
/// <c>class report SLUG [--xlsx FILE]</c>: a training class's roster with the attendance matrix, 学时, ratings, exam result
/// and completion, as a table on stdout or an Excel workbook (学员出勤, 课次评价, 留言).
/// </summary>
public static class ClassVerb
{
    public static Command Create()
    {
        var slug = new Argument<string>("slug") { Description = "The class's slug (its file name under content/classes without .md)" };
        var xlsx = new Option<FileInfo?>("--xlsx") { Description = "Write an Excel workbook instead of the table" };
        var report = new Command("report", "A class's attendance, 学时, ratings and completion") { slug, xlsx };
        report.TreatUnmatchedTokensAsErrors = false;
        report.SetAction((result, ct) => ReportAsync(result.UnmatchedTokens.ToArray(), result.GetValue(slug)!, result.GetValue(xlsx), ct));
        return new Command("class", "Training classes (content/classes)") { report };
    }

    private static async Task<int> ReportAsync(string[] args, string slug, FileInfo? xlsx, CancellationToken cancellationToken)
    {
        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var catalogue = host.Services.GetRequiredService<CatalogueStore>();
        await catalogue.ReloadAsync(cancellationToken);
        if (catalogue.Current.FindClass(slug.Trim()) is not { } trainingClass)
        {
            Console.Error.WriteLine(UiText.Format(UiText.ClassReportUnknown, slug));
            return 1;
        }

        ClassReportResult report;
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            report = await host.Services.GetRequiredService<ClassReport>().BuildAsync(db, trainingClass, TimeProvider.System.GetUtcNow().UtcDateTime, cancellationToken);
        }

        if (xlsx is null)
        {
            Console.WriteLine(ClassReportTable.Format(report));
            return 0;
        }

        if (xlsx.DirectoryName is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using (var file = new FileStream(xlsx.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            await ClassReportWorkbook.WriteAsync(file, report, cancellationToken);
        }

        Console.WriteLine(UiText.Format(UiText.ClassReportWritten, xlsx.FullName, report.Rows.Count, report.Sessions.Count, report.Comments.Count));
        return 0;
    }
}
