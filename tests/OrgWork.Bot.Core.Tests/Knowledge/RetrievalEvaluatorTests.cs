using OrgWork.Bot.Core.Knowledge.Evaluation;
using OrgWork.Bot.Core.Knowledge.Retrieval;

namespace OrgWork.Bot.Core.Tests.Knowledge;

public sealed class RetrievalEvaluatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orgwork-eval-").FullName;

    [Fact]
    public void RecallAndMrrFollowTheGoldRanks()
    {
        // ranks 1, 2, 6, absent → R@1 1/4, R@5 2/4, MRR (1 + 1/2 + 1/6 + 0) / 4
        var result = RetrievalEvaluator.Score([1, 2, 6, 0], [1, 2, 3, 4], buildSeconds: 0.5, passages: 10);

        Assert.Equal(0.25, result.RecallAt1);
        Assert.Equal(0.5, result.RecallAt5);
        Assert.Equal((1 + 0.5 + (1 / 6.0)) / 4, result.MrrAt10, 12);
    }

    [Fact]
    public void PercentilesAreNearestRank()
    {
        double[] latencies = [.. Enumerable.Range(1, 100).Select(i => (double)i)];

        Assert.Equal(50, RetrievalEvaluator.Percentile(latencies, 0.50));
        Assert.Equal(95, RetrievalEvaluator.Percentile(latencies, 0.95));
    }

    [Fact]
    public void TheJsonLineHasTheFieldsDesignMdNames()
    {
        var line = new RetrievalEvaluation(3219, 0.8651, 0.9851, 0.91912, 0.125, 0.3151, 1.9, 11565).ToJsonLine();

        Assert.Equal("""{"queries":3219,"recall@1":0.8651,"recall@5":0.9851,"mrr@10":0.9191,"p50_ms":0.125,"p95_ms":0.3151}""", line);
    }

    [Fact]
    public async Task EvaluatesTheLexicalIndexOnJsonlFiles()
    {
        var passages = Write("passages.jsonl",
            """{"id":"p1","title":"党费","text":"党员 按月 交纳 党费"}""",
            "",
            """{"id":"p2","title":"选举","text":"村 两委 换届 选举"}""");
        var queries = Write("queries.jsonl",
            """{"id":"q1","question":"交纳 党费","answers":["按月"],"passage_id":"p1"}""",
            """{"id":"q2","question":"换届 选举","answers":[],"passage_id":"p2"}""",
            """{"id":"q3","question":"换届","answers":[],"passage_id":"p1"}""");

        var result = RetrievalEvaluator.Evaluate(
            await BenchFiles.ReadPassagesAsync(passages, CancellationToken.None),
            await BenchFiles.ReadQueriesAsync(queries, CancellationToken.None),
            p => new LexicalSearcher(LexicalIndex.Build(p, new SpaceSegmenter(), new RetrievalOptions())));

        Assert.Equal(3, result.Queries);
        Assert.Equal(2 / 3.0, result.RecallAt1, 12);
        Assert.Equal(2, result.Passages);
    }

    [Fact]
    public async Task AMalformedLineIsReportedWithItsFileAndLineNumber()
    {
        var path = Write("bad.jsonl", """{"id":"p1","title":"t","text":"x"}""", "{not json");

        var error = await Assert.ThrowsAsync<FormatException>(() => BenchFiles.ReadPassagesAsync(path, CancellationToken.None));

        Assert.Contains("bad.jsonl:2", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
