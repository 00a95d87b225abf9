using ScottPlot;

namespace OrgWork.Bot.Bench.Retrieval;

/// <summary>The benchmark as a grouped bar chart (PNG): recall@1 and MRR@10 of ours and Lucene for each set.</summary>
internal static class RetrievalChart
{
    public static void Save(IReadOnlyList<RetrievalReportRow> rows, string path)
    {
        var plot = new Plot();
        var series = new (string Label, Func<RetrievalReportRow, double?> Value, Color Color)[]
        {
            ("ours recall@1 %", r => r.Ours.RecallAt1 * 100, Colors.FireBrick),
            ("Lucene SmartCn recall@1 %", r => r.Lucene?.RecallAt1 * 100, Colors.SteelBlue),
            ("ours MRR@10 x100", r => r.Ours.MrrAt10 * 100, Colors.Salmon),
            ("Lucene SmartCn MRR@10 x100", r => r.Lucene?.MrrAt10 * 100, Colors.LightSteelBlue),
        };

        const double groupWidth = 0.8;
        var barWidth = groupWidth / series.Length;
        for (var s = 0; s < series.Length; s++)
        {
            var bars = rows.Select((row, i) => (row, i)).Where(x => series[s].Value(x.row) is not null).Select(x => new Bar
            {
                Position = x.i - (groupWidth / 2) + (barWidth * (s + 0.5)),
                Value = series[s].Value(x.row)!.Value,
                FillColor = series[s].Color,
                Size = barWidth * 0.9,
                Label = series[s].Value(x.row)!.Value.ToString("F1", System.Globalization.CultureInfo.InvariantCulture),
            }).ToList();
            var added = plot.Add.Bars(bars);
            added.LegendText = series[s].Label;
            added.ValueLabelStyle.FontSize = 10;
        }

        plot.Axes.Bottom.SetTicks([.. rows.Select((_, i) => (double)i)], [.. rows.Select(r => r.Set)]);
        plot.Axes.SetLimitsY(50, 105);
        plot.Title("Policy retrieval: ours (jieba + BM25 words/bigrams, title-aware) vs Lucene.Net SmartCn + BM25");
        plot.YLabel("%");
        plot.ShowLegend(Alignment.LowerRight);
        plot.SavePng(path, 1200, 600);
    }
}
