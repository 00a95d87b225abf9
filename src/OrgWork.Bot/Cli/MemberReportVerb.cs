using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Reports.Members;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary><c>report --members …</c>: the per-member report as a table on stdout, an .xlsx workbook and/or a CSV file.</summary>
internal static class MemberReportVerb
{
    public sealed record Options(string? Year, string? From, string? To, string? Branch, string? Parent, FileInfo? Xlsx, FileInfo? Csv);

    public static async Task<int> RunAsync(string[] args, Options options, CancellationToken cancellationToken)
    {
        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        var today = host.Services.GetRequiredService<LearningClock>().LocalDate(TimeProvider.System.GetUtcNow().UtcDateTime);
        if (MemberReportPeriod.TryParse(options.Year, options.From, options.To, today, out var first, out var last) is { } periodError)
        {
            Console.Error.WriteLine(periodError);
            return 1;
        }

        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var report = host.Services.GetRequiredService<MemberReport>();
        var query = new MemberReportQuery(first, last, Trimmed(options.Branch), Trimmed(options.Parent));
        MemberReportResult result;
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            if (await report.CheckFiltersAsync(db, query, cancellationToken) is { } filterError)
            {
                Console.Error.WriteLine(filterError);
                return 1;
            }

            result = await report.BuildAsync(db, query, cancellationToken);
        }

        if (options.Xlsx is null && options.Csv is null)
        {
            Console.WriteLine(MemberReportTable.Format(result));
            return 0;
        }

        if (options.Xlsx is { } xlsx)
        {
            Directory.CreateDirectory(xlsx.DirectoryName!);
            await using (var file = new FileStream(xlsx.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await MemberReportWorkbook.WriteAsync(file, result, cancellationToken);
            }

            Console.WriteLine(UiText.Format(UiText.MemberReportWritten, xlsx.FullName, result.Rows.Count, result.BelowTargetCount));
        }

        if (options.Csv is { } csv)
        {
            Directory.CreateDirectory(csv.DirectoryName!);
            await File.WriteAllBytesAsync(csv.FullName, MemberReportCsv.Write(result), cancellationToken);
            Console.WriteLine(UiText.Format(UiText.MemberReportWritten, csv.FullName, result.Rows.Count, result.BelowTargetCount));
        }

        return 0;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
