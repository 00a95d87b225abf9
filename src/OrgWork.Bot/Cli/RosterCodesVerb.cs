using System.CommandLine;
using OrgWork.Bot.Core.Accounts;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Organisation.Roster;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary>
/// <c>roster codes [--branch NAME] --csv FILE</c>: new activation codes for the members who have not activated yet,
/// written as <c>姓名,手机号,所属支部,激活码</c>; earlier codes of those members stop working.
/// </summary>
public static class RosterCodesVerb
{
    public static Command Create()
    {
        var branch = new Option<string?>("--branch") { Description = "Only this branch's members" };
        var csv = new Option<string>("--csv") { Description = "The CSV file to write (it holds phone numbers: keep it safe)", Required = true };
        var command = new Command("codes", "Issue activation codes for members who have not activated yet") { branch, csv };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => RunAsync(result.UnmatchedTokens.ToArray(), result.GetValue(branch), result.GetValue(csv)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] args, string? branch, string file, CancellationToken cancellationToken)
    {
        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var batch = host.Services.GetRequiredService<ActivationCodeBatch>();
        var codes = await batch.IssueAsync(string.IsNullOrWhiteSpace(branch) ? null : branch.Trim(), new RosterActor(null, UiText.RosterActorCommandLine), cancellationToken);
        if (codes is null)
        {
            Console.WriteLine(UiText.Format(UiText.CodesUnknownBranch, branch));
            return 1;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllBytesAsync(file, ActivationCodeCsv.Write(codes), cancellationToken);
        Console.WriteLine(UiText.Format(UiText.CodesWritten, codes.Count, file));
        return 0;
    }
}
