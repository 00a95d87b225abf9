using System.CommandLine;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Organisation.Roster;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary>
/// <c>roster import FILE [--dry-run] [--deactivate-missing]</c>: every problem as <c>FILE:ROW: 错误|警告 [CODE]: 说明</c>,
/// then <c>新增 N 人，更新 N 人，未变 N 人[，停用 N 人]</c>; exit 1 and nothing imported on any error.
/// </summary>
public static class RosterImportVerb
{
    /// <summary>New branches named in the output; a first import of a county creates hundreds.</summary>
    private const int ListedBranches = 10;

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The roster: .xlsx (first sheet) or .csv (UTF-8 or GBK)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what the import would do and write nothing" };
        var deactivateMissing = new Option<bool>("--deactivate-missing") { Description = "Deactivate roster members the file does not list (their history is kept)" };
        var command = new Command("import", "Import the roster: members keyed by 手机号, branches and 上级党组织") { file, dryRun, deactivateMissing };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => RunAsync(
            result.UnmatchedTokens.ToArray(),
            result.GetValue(file)!,
            result.GetValue(dryRun),
            new RosterImportOptions { DeactivateMissing = result.GetValue(deactivateMissing) },
            ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] args, string file, bool dryRun, RosterImportOptions options, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            Console.WriteLine(UiText.Format(UiText.RosterFileMissing, file));
            return 1;
        }

        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var import = host.Services.GetRequiredService<RosterImport>();

        RosterPlan plan;
        await using (var stream = File.OpenRead(file))
        {
            plan = await import.PlanAsync(stream, file, cancellationToken);
        }

        foreach (var diagnostic in plan.Diagnostics)
        {
            Console.WriteLine(diagnostic);
        }

        if (plan.Counts is not { } planned)
        {
            Console.WriteLine(UiText.Format(UiText.RosterRefused, plan.ErrorCount));
            return 1;
        }

        if (dryRun)
        {
            PrintCounts(planned, options);
            Console.WriteLine(UiText.RosterDryRun);
            return 0;
        }

        var done = await import.ApplyAsync(plan, new RosterActor(null, UiText.RosterActorCommandLine), options, cancellationToken);
        PrintCounts(done, options);
        return 0;
    }

    private static void PrintCounts(RosterCounts counts, RosterImportOptions options)
    {
        if (counts.NewBranches.Count > 0)
        {
            var names = string.Join("、", counts.NewBranches.Take(ListedBranches)) + (counts.NewBranches.Count > ListedBranches ? UiText.RosterAndMore : "");
            Console.WriteLine(UiText.Format(UiText.RosterNewBranches, counts.NewBranches.Count, names));
        }

        Console.WriteLine(counts.Summary(options.DeactivateMissing));
    }
}
