using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Exams;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary><c>exam results SLUG --xlsx FILE</c>: every sitting of an exam, one row each, as an Excel workbook.</summary>
public static class ExamVerb
{
    public static Command Create()
    {
        var slug = new Argument<string>("slug") { Description = "The exam's slug (its file name under content/exams without .md)" };
        var xlsx = new Option<FileInfo>("--xlsx") { Description = "The Excel file to write", Required = true };
        var results = new Command("results", "Export every sitting of an exam") { slug, xlsx };
        results.TreatUnmatchedTokensAsErrors = false;
        results.SetAction((result, ct) => ResultsAsync(result.UnmatchedTokens.ToArray(), result.GetValue(slug)!, result.GetValue(xlsx)!, ct));
        return new Command("exam", "Exams (content/exams)") { results };
    }

    private static async Task<int> ResultsAsync(string[] args, string slug, FileInfo xlsx, CancellationToken cancellationToken)
    {
        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var catalogue = host.Services.GetRequiredService<CatalogueStore>();
        await catalogue.ReloadAsync(cancellationToken);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>().CreateDbContextAsync(cancellationToken);
        if (catalogue.Current.FindExam(slug) is null && !await db.ExamSittings.AnyAsync(s => s.ExamSlug == slug, cancellationToken))
        {
            Console.Error.WriteLine(UiText.Format(UiText.ExamResultsUnknown, slug));
            return 1;
        }

        var rows = await ExamResults.ForExamAsync(db, slug, cancellationToken);
        await using (var stream = File.Create(xlsx.FullName))
        {
            await ExamResults.WriteXlsxAsync(stream, rows, cancellationToken);
        }

        Console.WriteLine(UiText.Format(UiText.ExamResultsWritten, xlsx.FullName, rows.Count));
        return 0;
    }
}
