using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Reports;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary>
/// <c>report [--by-parent] [--csv FILE] [--chart FILE]</c>: the per-branch learning report (or, with <c>--by-parent</c>, rolled
/// up to the 党委/党总支 above the branches) as a table on stdout, as CSV, or as a bar chart PNG.
/// </summary>
public static class ReportVerb
{
    public static Command Create()
    {
        var csv = new Option<FileInfo?>("--csv") { Description = "Write the report as CSV (UTF-8) to this file" };
        var chart = new Option<FileInfo?>("--chart") { Description = "Also draw the report as a bar chart PNG to this file" };
        var byParent = new Option<bool>("--by-parent") { Description = "Roll the branches up to their parent organisations (党委/党总支)" };
        var command = new Command("report", "Print the per-branch learning report") { csv, chart, byParent };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => RunAsync(
            result.UnmatchedTokens.ToArray(), result.GetValue(csv), result.GetValue(chart), result.GetValue(byParent) ? ReportLevel.Parent : ReportLevel.Branch, ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] args, FileInfo? csv, FileInfo? chart, ReportLevel level, CancellationToken cancellationToken)
    {
        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>().CreateDbContextAsync(cancellationToken);
        var rows = await host.Services.GetRequiredService<BranchReportBuilder>().BuildAsync(db, TimeProvider.System.GetUtcNow().UtcDateTime, level, cancellationToken);
        if (chart is not null)
        {
            await File.WriteAllBytesAsync(chart.FullName, host.Services.GetRequiredService<ReportChart>().Render(rows, title: level == ReportLevel.Parent ? Core.Conversation.UiText.ReportParentTitle : null), cancellationToken);
            Console.WriteLine($"chart written to {chart.FullName}");
        }

        if (csv is null)
        {
            Console.WriteLine(ReportFormatter.Table(rows, level));
            return 0;
        }

        await File.WriteAllTextAsync(csv.FullName, ReportFormatter.Csv(rows, level), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), cancellationToken);
        Console.WriteLine($"{rows.Count} branches written to {csv.FullName}");
        return 0;
    }
}
