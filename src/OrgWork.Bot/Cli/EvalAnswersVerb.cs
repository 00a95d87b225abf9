using System.CommandLine;
using System.Globalization;
using OrgWork.Bot.Core.Knowledge.Evaluation;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary>
/// <c>eval-answers --questions FILE</c>: every question through the service's own answering (the policies under
/// <c>Content:Root</c>, the configured model or none), one line per question with its outcome, then the rates; the last
/// line is the JSON summary.
/// </summary>
public static class EvalAnswersVerb
{
    public static Command Create()
    {
        var questions = new Option<FileInfo>("--questions")
        {
            Description = "questions.jsonl ({\"id\",\"question\",\"facts\":[…]} or {\"id\",\"question\",\"trap\":true}, optional \"history\":[…])",
            Required = true,
        };
        var command = new Command("eval-answers", "Measure policy answers: answered correctly, refused correctly, wrongly answered") { questions };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => RunAsync(result.UnmatchedTokens.ToArray(), result.GetValue(questions)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] args, FileInfo questionsFile, CancellationToken cancellationToken)
    {
        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        await PolicyCli.PrepareAsync(host.Services, cancellationToken);
        var cases = await AnswerCaseFile.ReadAsync(questionsFile.FullName, cancellationToken);
        var evaluator = ActivatorUtilities.CreateInstance<AnswerEvaluator>(host.Services);
        var results = new List<(AnswerCase, AnswerOutcome)>();
        foreach (var item in cases)
        {
            var (outcome, answer) = await evaluator.EvaluateAsync(item, cancellationToken);
            results.Add((item, outcome));
            var shown = answer.Text.Replace("\n", " ⏎ ", StringComparison.Ordinal);
            Console.WriteLine($"{item.Id}\t{Label(outcome)}\t{item.Question}\t{(shown.Length > 100 ? shown[..100] + "…" : shown)}");
        }

        var summary = AnswerEvaluation.Of(results);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Questions} questions ({summary.Answerable} answerable, {summary.Traps} traps): answered correctly {summary.AnsweredCorrectlyRate:P1}, refused correctly {summary.RefusedCorrectlyRate:P1}, wrongly answered {summary.WronglyAnsweredRate:P1} ({summary.WronglyAnswered}), missed {summary.Missed}"));
        Console.WriteLine(summary.ToJsonLine());
        return 0;
    }

    private static string Label(AnswerOutcome outcome) => outcome switch
    {
        AnswerOutcome.AnsweredCorrectly => "answered-correctly",
        AnswerOutcome.RefusedCorrectly => "refused-correctly",
        AnswerOutcome.Missed => "missed",
        _ => "WRONGLY-ANSWERED",
    };
}
