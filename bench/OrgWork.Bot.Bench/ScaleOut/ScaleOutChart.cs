using System.Globalization;
using OrgWork.Bot.Bench.Telegram;
using ScottPlot;

namespace OrgWork.Bot.Bench.ScaleOut;

/// <summary>The scale-out comparison as a PNG: updates/s and p99 latency of each configuration.</summary>
internal static class ScaleOutChart
{
    public static void Save(IReadOnlyList<LoadResult> results, string path)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        Bars(multiplot.GetPlot(0), results, r => r.PerSecond, "updates/s (higher is better)", Colors.SteelBlue);
        Bars(multiplot.GetPlot(1), results, r => r.P99Milliseconds, "update→reply p99, ms (lower is better)", Colors.FireBrick);
        multiplot.SavePng(path, 1200, 500);
    }

    private static void Bars(Plot plot, IReadOnlyList<LoadResult> results, Func<LoadResult, double> value, string title, Color color)
    {
        var bars = results.Select((r, i) => new Bar
        {
            Position = i,
            Value = value(r),
            FillColor = color,
            Label = value(r).ToString("F0", CultureInfo.InvariantCulture),
        }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.SetLimitsY(0, results.Max(value) * 1.2);
        plot.Axes.Bottom.SetTicks([.. results.Select((_, i) => (double)i)], [.. results.Select(r => r.Mode)]);
        plot.Title(title);
    }
}
