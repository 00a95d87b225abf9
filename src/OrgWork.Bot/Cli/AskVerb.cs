using System.CommandLine;
using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary><c>ask "QUESTION"</c>: the answer, then its sources one per line as <c>[n] document title › section</c>.</summary>
public static class AskVerb
{
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
            Console.WriteLine(source.Label);
        }

        return 0;
    }
}
