using System.CommandLine;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary><c>index</c>: brings the stored policy index up to date (only changed files are chunked again) and prints counts.</summary>
public static class IndexVerb
{
    public static Command Create()
    {
        var command = new Command("index", "(Re)build the policy index incrementally and print counts");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => RunAsync(result.UnmatchedTokens.ToArray(), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        var report = await PolicyCli.PrepareAsync(host.Services, cancellationToken);
        Console.WriteLine(
            $"policy index: {report.Documents} documents, {report.Chunks} chunks; "
            + $"{report.Added.Count} added, {report.Updated.Count} changed, {report.Removed.Count} removed, {report.Unchanged} unchanged");
        foreach (var key in report.Rechunked)
        {
            Console.WriteLine($"  chunked: {key}");
        }

        foreach (var key in report.Removed)
        {
            Console.WriteLine($"  removed: {key}");
        }

        return 0;
    }
}
