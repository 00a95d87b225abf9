using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Reports;
using OrgWork.Bot.Core.Reports.Members;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary>
/// <c>report [--by-parent] [--csv FILE] [--chart FILE]</c>: the per-branch learning report (or, with <c>--by-parent</c>, rolled
/// up to the 党委/党总支 above the branches) as a table on stdout, as CSV, or as a bar chart PNG.
/// <c>report --members [--year YYYY | --from DATE --to DATE] [--branch NAME] [--parent NAME] [--xlsx FILE] [--csv FILE]</c>:
/// one row per member (学时, 积分, 必修完成, 考试), those below the annual 学时 target on their own.
/// </summary>
public static class ReportVerb
{
    public static Command Create()
    {
        var csv = new Option<FileInfo?>("--csv") { Description = "Write the report as CSV (UTF-8) to this file" };
        var chart = new Option<FileInfo?>("--chart") { Description = "Also draw the report as a bar chart PNG to this file" };
        var byParent = new Option<bool>("--by-parent") { Description = "Roll the branches up to their parent organisations (党委/党总支)" };
        var members = new Option<bool>("--members") { Description = "One row per member: 学时, 积分, 必修完成, 考试 (below-target members listed on their own)" };
        var year = new Option<string?>("--year") { Description = "With --members: the year (default: the current year, Asia/Shanghai)" };
        var from = new Option<string?>("--from") { Description = "With --members: the first day (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "With --members: the last day (YYYY-MM-DD)" };
        var branch = new Option<string?>("--branch") { Description = "With --members: only this branch (党支部)" };
        var parent = new Option<string?>("--parent") { Description = "With --members: only the branches of this parent organisation (党委/党总支)" };
        var xlsx = new Option<FileInfo?>("--xlsx") { Description = "With --members: write an Excel workbook (sheets 全部党员 and 未达标)" };
        var command = new Command("report", "Print the per-branch learning report, or with --members the per-member report")
        {
            csv, chart, byParent, members, year, from, to, branch, parent, xlsx,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) =>
        {
            var args = result.UnmatchedTokens.ToArray();
            if (result.GetValue(members))
            {
                return MemberReportVerb.RunAsync(
                    args,
                    new MemberReportVerb.Options(
                        result.GetValue(year), result.GetValue(from), result.GetValue(to), result.GetValue(branch), result.GetValue(parent), result.GetValue(xlsx), result.GetValue(csv)),
                    ct);
            }

            if (new object?[] { result.GetValue(year), result.GetValue(from), result.GetValue(to), result.GetValue(branch), result.GetValue(parent), result.GetValue(xlsx) }.Any(v => v is not null))
            {
                Console.Error.WriteLine(UiText.MemberReportOptionsNeedMembers);
                return Task.FromResult(1);
            }

            return RunAsync(args, result.GetValue(csv), result.GetValue(chart), result.GetValue(byParent) ? ReportLevel.Parent : ReportLevel.Branch, ct);
        });
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
            await File.WriteAllBytesAsync(chart.FullName, host.Services.GetRequiredService<ReportChart>().Render(rows, title: level == ReportLevel.Parent ? UiText.ReportParentTitle : null), cancellationToken);
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
