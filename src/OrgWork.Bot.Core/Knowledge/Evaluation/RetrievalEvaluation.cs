using System.Globalization;

namespace OrgWork.Bot.Core.Knowledge.Evaluation;

/// <summary>The figures of one retrieval benchmark run (recall and MRR are fractions 0–1).</summary>
public sealed record RetrievalEvaluation(
    int Queries, double RecallAt1, double RecallAt5, double MrrAt10, double P50Ms, double P95Ms, double BuildSeconds, int Passages)
{
    /// <summary>The one-line JSON object that ends <c>eval-retrieval</c>'s output (DESIGN.md §3).</summary>
    public string ToJsonLine() => string.Create(CultureInfo.InvariantCulture,
        $$"""{"queries":{{Queries}},"recall@1":{{Round(RecallAt1)}},"recall@5":{{Round(RecallAt5)}},"mrr@10":{{Round(MrrAt10)}},"p50_ms":{{Round(P50Ms)}},"p95_ms":{{Round(P95Ms)}}}""");

    private static double Round(double value) => Math.Round(value, 4);
}
