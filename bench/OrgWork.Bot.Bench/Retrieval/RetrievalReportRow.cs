using System.Globalization;
using OrgWork.Bot.Core.Knowledge.Evaluation;

namespace OrgWork.Bot.Bench.Retrieval;

/// <summary>One benchmark set's figures for both systems, formatted for the console and for CSV.</summary>
internal sealed record RetrievalReportRow(string Set, RetrievalEvaluation Ours, RetrievalEvaluation? Lucene)
{
    public const string Header =
        "set                        system          passages queries  build_s  p50_ms  p95_ms   R@1 %   R@5 %  MRR@10";

    public const string CsvHeader = "set,system,passages,queries,build_s,p50_ms,p95_ms,recall_at_1,recall_at_5,mrr_at_10";

    public string Format()
    {
        var lines = new List<string> { Line(Set, "ours", Ours) };
        if (Lucene is { } lucene)
        {
            lines.Add(Line("", "lucene-smartcn", lucene));
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{"",-26} {"ratio ours/luc",-15} {"",8} {"",7} {Ratio(Ours.BuildSeconds, lucene.BuildSeconds),8} {Ratio(Ours.P50Ms, lucene.P50Ms),7} {Ratio(Ours.P95Ms, lucene.P95Ms),7} {Ratio(Ours.RecallAt1, lucene.RecallAt1),7} {Ratio(Ours.RecallAt5, lucene.RecallAt5),7} {Ratio(Ours.MrrAt10, lucene.MrrAt10),7}"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    public IEnumerable<string> ToCsv()
    {
        yield return Csv("ours", Ours);
        if (Lucene is { } lucene)
        {
            yield return Csv("lucene-smartcn", lucene);
        }
    }

    private static string Line(string set, string system, RetrievalEvaluation e) => string.Create(CultureInfo.InvariantCulture,
        $"{set,-26} {system,-15} {e.Passages,8} {e.Queries,7} {e.BuildSeconds,8:F2} {e.P50Ms,7:F3} {e.P95Ms,7:F3} {e.RecallAt1 * 100,7:F1} {e.RecallAt5 * 100,7:F1} {e.MrrAt10,7:F3}");

    private string Csv(string system, RetrievalEvaluation e) => string.Create(CultureInfo.InvariantCulture,
        $"{Set},{system},{e.Passages},{e.Queries},{e.BuildSeconds:F3},{e.P50Ms:F4},{e.P95Ms:F4},{e.RecallAt1:F4},{e.RecallAt5:F4},{e.MrrAt10:F4}");

    private static string Ratio(double ours, double lucene) =>
        lucene == 0 ? "-" : (ours / lucene).ToString("F2", CultureInfo.InvariantCulture);
}
