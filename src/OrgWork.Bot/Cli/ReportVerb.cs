using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Reports;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary><c>report [--csv FILE]</c>: the per-branch learning report as a table on stdout, or as CSV.</summary>
public static class ReportVerb
{
    public static Command Create()
    {
        var csv = new Option<FileInfo?>("--csv") { Description = "Write the report as CSV (UTF-8) to this file" };
        var command = new Command("report", "Print the per-branch learning report") { csv };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => RunAsync(result.UnmatchedTokens.ToArray(), result.GetValue(csv), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] args, FileInfo? csv, CancellationToken cancellationToken)
    {
        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>().CreateDbContextAsync(cancellationToken);
        var rows = await host.Services.GetRequiredService<BranchReportBuilder>().BuildAsync(db, TimeProvider.System.GetUtcNow().UtcDateTime, cancellationToken);
        if (csv is null)
        {
            Console.WriteLine(ReportFormatter.Table(rows));
            return 0;
        }

        await File.WriteAllTextAsync(csv.FullName, ReportFormatter.Csv(rows), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), cancellationToken);
        Console.WriteLine($"{rows.Count} branches written to {csv.FullName}");
        return 0;
    }
}
