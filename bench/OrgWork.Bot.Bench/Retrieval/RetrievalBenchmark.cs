using System.Diagnostics;
using System.Globalization;
using OrgWork.Bot.Core.Knowledge.Evaluation;
using OrgWork.Bot.Core.Knowledge.Retrieval;
using OrgWork.Bot.Core.Knowledge.Segmentation;

namespace OrgWork.Bot.Bench.Retrieval;

/// <summary>
/// <c>retrieval [--data DIR] [--sets a,b] [--k 10] [--no-lucene] [--csv FILE] [--chart FILE.png] [--k1 x --b x --bigram-weight x --hmm]</c>: our retrieval (the service's settings unless overridden for an ablation) and
/// Lucene.Net SmartCn + BM25 on the same passages of each benchmark set, side by side with the ratio ours / Lucene.
/// </summary>
internal static class RetrievalBenchmark
{
    private static readonly string[] DefaultSets =
        ["cmrc2018-dev", "cmrc2018-dev-chunks", "cmrc2018-dev-large", "cmrc2018-dev-large-chunks"];

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = BenchArguments.Parse(args);
        var data = options.Get("--data") ?? BenchDataFolder.Find();
        if (data is null || !Directory.Exists(data))
        {
            Console.Error.WriteLine("benchmark data not found: pass --data DIR (the folder holding cmrc2018-dev …)");
            return 2;
        }

        var sets = options.Get("--sets")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? DefaultSets;
        var depth = int.Parse(options.Get("--k") ?? "10", CultureInfo.InvariantCulture);
        var withLucene = !options.Has("--no-lucene");
        var retrieval = RetrievalOverrides.Apply(new RetrievalOptions(), options);

        var clock = Stopwatch.StartNew();
        var segmenter = new JiebaTextSegmenter(DomainLexicon.LoadBuiltIn(), new SegmentationOptions { DiscoverNewWords = options.Has("--hmm") });
        segmenter.Segment("预热分词词典");
        var segmenterLoad = clock.Elapsed.TotalSeconds;
        clock.Restart();
        using (var warm = new Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48))
        using (var stream = warm.GetTokenStream("text", "预热分词词典"))
        {
            stream.Reset();
            while (stream.IncrementToken())
            {
            }

            stream.End();
        }

        var luceneLoad = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"dictionary load (once per process, not in build times): jieba.NET {segmenterLoad:F2} s, SmartCn {luceneLoad:F2} s");
        Console.WriteLine($"settings: k1 {retrieval.K1}, b {retrieval.B}, bigram weight {retrieval.BigramWeight}, jieba HMM {(options.Has("--hmm") ? "on" : "off")}; top {depth}");
        Console.WriteLine();
        Console.WriteLine(RetrievalReportRow.Header);

        var rows = new List<RetrievalReportRow>();
        var warmedUp = false;
        foreach (var set in sets)
        {
            var passages = await BenchFiles.ReadPassagesAsync(Path.Combine(data, set, "passages.jsonl"), cancellationToken);
            var queries = await BenchFiles.ReadQueriesAsync(Path.Combine(data, set, "queries.jsonl"), cancellationToken);
            if (!warmedUp)
            {
                // Compile both systems' code paths before anything is timed.
                Run(passages.Take(500).ToList(), queries.Take(200).ToList(), segmenter, retrieval, depth, withLucene, cancellationToken);
                warmedUp = true;
            }

            var (ours, lucene) = Run(passages, queries, segmenter, retrieval, depth, withLucene, cancellationToken);
            var row = new RetrievalReportRow(set, ours, lucene);
            rows.Add(row);
            Console.WriteLine(row.Format());
        }

        if (options.Get("--chart") is { } chart)
        {
            RetrievalChart.Save(rows, chart);
        }

        if (options.Get("--csv") is { } csv)
        {
            await File.WriteAllLinesAsync(csv, [RetrievalReportRow.CsvHeader, .. rows.SelectMany(r => r.ToCsv())], cancellationToken);
        }

        return 0;
    }

    private static (RetrievalEvaluation Ours, RetrievalEvaluation? Lucene) Run(
        IReadOnlyList<IndexedPassage> passages, IReadOnlyList<BenchQuery> queries, ITextSegmenter segmenter,
        RetrievalOptions retrieval, int depth, bool withLucene, CancellationToken cancellationToken)
    {
        Collect();
        var ours = RetrievalEvaluator.Evaluate(
            passages, queries, p => new LexicalSearcher(LexicalIndex.Build(p, segmenter, retrieval, cancellationToken)), depth, cancellationToken);
        if (!withLucene)
        {
            return (ours, null);
        }

        Collect();
        LuceneSmartCnSearcher? lucene = null;
        try
        {
            var reference = RetrievalEvaluator.Evaluate(passages, queries, p => lucene = new LuceneSmartCnSearcher(p), depth, cancellationToken);
            return (ours, reference);
        }
        finally
        {
            lucene?.Dispose();
        }
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
