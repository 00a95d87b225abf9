using System.CommandLine;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary><c>validate [PATH]</c>: every problem as <c>path:line: level: message</c>, then a summary; exit 1 on errors.</summary>
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
            // in it still ends in a report and an exit code instead of a stack trace.
            Console.WriteLine(new Diagnostic(root, 1, DiagnosticLevel.Error, $"validation stopped: {ex.GetType().Name}: {ex.Message}"));
            return 1;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            Console.WriteLine(diagnostic);
        }

        var catalogue = result.Catalogue;
        Console.WriteLine(
            $"{result.FilesRead} files checked: {result.ErrorCount} errors, {result.WarningCount} warnings; "
            + $"{catalogue.Courses.Count} courses, {catalogue.LessonCount} lessons, {catalogue.QuestionCount} questions, {catalogue.Policies.Count} policy documents");
        return result.ErrorCount > 0 ? 1 : 0;
    }
}
