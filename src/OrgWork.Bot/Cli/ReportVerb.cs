using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Reports;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary><c>report [--csv FILE] [--chart FILE]</c>: the per-branch learning report as a table on stdout, as CSV, or as a bar chart PNG.</summary>
public static class ReportVerb
{
    public static Command Create()
    {
        var csv = new Option<FileInfo?>("--csv") { Description = "Write the report as CSV (UTF-8) to this file" };
        var chart = new Option<FileInfo?>("--chart") { Description = "Also draw the report as a bar chart PNG to this file" };
        var command = new Command("report", "Print the per-branch learning report") { csv, chart };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => RunAsync(result.UnmatchedTokens.ToArray(), result.GetValue(csv), result.GetValue(chart), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] args, FileInfo? csv, FileInfo? chart, CancellationToken cancellationToken)
    {
        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>().CreateDbContextAsync(cancellationToken);
        var rows = await host.Services.GetRequiredService<BranchReportBuilder>().BuildAsync(db, TimeProvider.System.GetUtcNow().UtcDateTime, cancellationToken);
        if (chart is not null)
        {
            await File.WriteAllBytesAsync(chart.FullName, host.Services.GetRequiredService<ReportChart>().Render(rows), cancellationToken);
            Console.WriteLine($"chart written to {chart.FullName}");
        }

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
