using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Knowledge.Evaluation;
using OrgWork.Bot.Core.Knowledge.Retrieval;
using OrgWork.Bot.Core.Knowledge.Segmentation;
using OrgWork.Bot.Hosting;

namespace OrgWork.Bot.Cli;

/// <summary>
/// <c>eval-retrieval --passages FILE --queries FILE [--k 10]</c>: each passage is one retrieval unit (title + text,
/// not re-chunked), searched with the service's retrieval settings; the last line is the JSON summary.
/// </summary>
public static class EvalRetrievalVerb
{
    public static Command Create()
    {
        var passages = new Option<FileInfo>("--passages") { Description = "passages.jsonl ({\"id\",\"title\",\"text\"})", Required = true };
        var queries = new Option<FileInfo>("--queries") { Description = "queries.jsonl ({\"id\",\"question\",\"answers\",\"passage_id\"})", Required = true };
        var depth = new Option<int>("--k") { Description = "How many passages to retrieve per question", DefaultValueFactory = _ => RetrievalEvaluator.DefaultDepth };
        var command = new Command("eval-retrieval", "Measure retrieval on a question → passage benchmark") { passages, queries, depth };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => RunAsync(
            result.UnmatchedTokens.ToArray(), result.GetValue(passages)!, result.GetValue(queries)!, result.GetValue(depth), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] args, FileInfo passagesFile, FileInfo queriesFile, int depth, CancellationToken cancellationToken)
    {
        using var host = OrgWorkHost.CreateToolBuilder(args).Build();
        var options = host.Services.GetRequiredService<IOptions<RetrievalOptions>>().Value;
        var segmenter = host.Services.GetRequiredService<ITextSegmenter>();
        segmenter.Segment("预热");

        var passages = await BenchFiles.ReadPassagesAsync(passagesFile.FullName, cancellationToken);
        var queries = await BenchFiles.ReadQueriesAsync(queriesFile.FullName, cancellationToken);
        var result = RetrievalEvaluator.Evaluate(
            passages, queries, p => new LexicalSearcher(LexicalIndex.Build(p, segmenter, options, cancellationToken)), depth, cancellationToken);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Passages} passages indexed in {result.BuildSeconds:F2} s; {result.Queries} questions, top {depth}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recall@1 {result.RecallAt1:P1}  recall@5 {result.RecallAt5:P1}  MRR@10 {result.MrrAt10:F3}  p50 {result.P50Ms:F3} ms  p95 {result.P95Ms:F3} ms"));
        Console.WriteLine(result.ToJsonLine());
        return 0;
    }
}
