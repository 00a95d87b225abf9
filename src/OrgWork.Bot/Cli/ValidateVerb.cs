using System.CommandLine;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary><c>validate [PATH]</c>: every problem as <c>path:line: 错误|警告 [CODE]: 说明</c> in file and line order, then a summary; exit 1 on errors.</summary>
public static class ValidateVerb
{
    public static Command Create()
    {
        var path = new Argument<string?>("PATH") { Description = "The content folder (default: Content:Root)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("validate", "Check content files and report every problem") { path };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => RunAsync(result.UnmatchedTokens.ToArray(), result.GetValue(path), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] args, string? path, CancellationToken cancellationToken)
    {
        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        var root = path ?? host.Services.GetRequiredService<IOptions<ContentOptions>>().Value.Root;
        ContentLoadResult result;
        try
        {
            result = await host.Services.GetRequiredService<ContentLoader>().LoadAsync(root, previous: null, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The loader reports each file's problems itself; this is only a last line of defence, so a bug
            // in it still ends in a report and an exit code instead of a stack trace (which goes to stderr, for the admin).
            Console.WriteLine(UiText.Diagnostics.ValidationStopped.At(root, 1, ex.GetType().Name));
            await Console.Error.WriteLineAsync(ex.ToString());
            return 1;
        }

        foreach (var diagnostic in result.Diagnostics.InReadingOrder())
        {
            Console.WriteLine(diagnostic);
        }

        var catalogue = result.Catalogue;
        Console.WriteLine(UiText.Format(
            UiText.ValidateSummary, result.FilesRead, result.ErrorCount, result.WarningCount,
            catalogue.Courses.Count, catalogue.LessonCount, catalogue.QuestionCount, catalogue.Policies.Count));
        return result.ErrorCount > 0 ? 1 : 0;
    }
}
