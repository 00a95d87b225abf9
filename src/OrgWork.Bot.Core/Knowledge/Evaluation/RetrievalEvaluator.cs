using System.Diagnostics;
using OrgWork.Bot.Core.Knowledge.Retrieval;

namespace OrgWork.Bot.Core.Knowledge.Evaluation;

/// <summary>
/// Runs a question → passage benchmark: builds the system on the passages (timed), asks every question once for the
/// top <c>k</c> (each timed), and scores recall@1, recall@5 and MRR@10 against the one gold passage.
/// </summary>
public static class RetrievalEvaluator
{
    public const int DefaultDepth = 10;

    public static RetrievalEvaluation Evaluate(
        IReadOnlyList<IndexedPassage> passages,
        IReadOnlyList<BenchQuery> queries,
        Func<IReadOnlyList<IndexedPassage>, IPassageSearcher> build,
        int depth = DefaultDepth,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var searcher = build(passages);
        var buildSeconds = clock.Elapsed.TotalSeconds;

        var latencies = new double[queries.Count];
        var ranks = new int[queries.Count];
        for (var q = 0; q < queries.Count; q++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            var ids = searcher.Search(queries[q].Question, depth);
            latencies[q] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            ranks[q] = RankOf(ids, queries[q].PassageId, depth);
        }

        return Score(ranks, latencies, buildSeconds, passages.Count);
    }

    /// <summary>1-based rank of the gold id within the first <paramref name="depth"/> ids, 0 when absent.</summary>
    public static int RankOf(IReadOnlyList<string> ids, string goldId, int depth)
    {
        for (var i = 0; i < Math.Min(depth, ids.Count); i++)
        {
            if (ids[i] == goldId)
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The figures from per-query gold ranks (0 = not retrieved) and latencies.</summary>
    public static RetrievalEvaluation Score(IReadOnlyList<int> ranks, IReadOnlyList<double> latenciesMs, double buildSeconds, int passages)
    {
        var n = ranks.Count;
        if (n == 0)
        {
            return new RetrievalEvaluation(0, 0, 0, 0, 0, 0, buildSeconds, passages);
        }

        var recall1 = ranks.Count(r => r == 1) / (double)n;
        var recall5 = ranks.Count(r => r is >= 1 and <= 5) / (double)n;
        var mrr = ranks.Sum(r => r is >= 1 and <= 10 ? 1.0 / r : 0) / n;
        var sorted = latenciesMs.Order().ToArray();
        return new RetrievalEvaluation(n, recall1, recall5, mrr, Percentile(sorted, 0.50), Percentile(sorted, 0.95), buildSeconds, passages);
    }

    /// <summary>Nearest-rank percentile of ascending values.</summary>
    public static double Percentile(IReadOnlyList<double> ascending, double fraction)
    {
        if (ascending.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(fraction * ascending.Count);
        return ascending[Math.Clamp(rank - 1, 0, ascending.Count - 1)];
    }
}
