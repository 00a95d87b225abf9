using System.CommandLine;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary>
/// <c>ask "QUESTION"</c>: the answer, then its sources one per line as <c>[n] document title › section</c>. A question
/// over <see cref="InputLimits.MaxTextLength"/> is refused unread: the limit on stderr, exit code 2.
/// </summary>
public static class AskVerb
{
    /// <summary>The exit code of a question the verb refuses to ask (over the length limit).</summary>
    public const int RefusedExitCode = 2;

    public static Command Create()
    {
        var question = new Argument<string>("QUESTION") { Description = "The policy question" };
        var command = new Command("ask", "Ask one policy question") { question };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => RunAsync(result.UnmatchedTokens.ToArray(), result.GetValue(question) ?? "", ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] args, string question, CancellationToken cancellationToken)
    {
        if (InputLimits.IsTooLong(question))
        {
            Console.OutputEncoding = System.Text.Encoding.UTF8;
            await Console.Error.WriteLineAsync(InputLimits.TooLongText);
            return RefusedExitCode;
        }

        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        await PolicyCli.PrepareAsync(host.Services, cancellationToken);
        var answer = await host.Services.GetRequiredService<PolicyAnswerer>().AnswerAsync(question, [], memberId: null, cancellationToken);
        Console.WriteLine(answer.Text);
        foreach (var note in answer.Notes)
        {
            Console.WriteLine(note);
        }

        if (answer.Sources.Count > 0)
        {
            Console.WriteLine();
        }

        foreach (var source in answer.Sources)
        {
            // One line per source, as the verb promises: the document's 文号 and date follow the label.
            Console.WriteLine(source.MetadataLine.Length > 0 ? $"{source.Label}（{source.MetadataLine}）" : source.Label);
        }

        return 0;
    }
}
