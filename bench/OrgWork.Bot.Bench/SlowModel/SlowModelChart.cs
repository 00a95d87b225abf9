using System.Globalization;
using ScottPlot;

namespace OrgWork.Bot.Bench.SlowModel;

/// <summary>Navigation p50 and p99 by the number of questions waiting on the model, as a PNG.</summary>
internal static class SlowModelChart
{
    public static void Save(IReadOnlyList<SlowModelResult> results, string path)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var i = 0; i < results.Count; i++)
        {
            bars.Add(new Bar { Position = (i * 3) + 0, Value = results[i].P50, FillColor = Colors.SteelBlue, Label = results[i].P50.ToString("F1", CultureInfo.InvariantCulture) });
            bars.Add(new Bar { Position = (i * 3) + 1, Value = results[i].P99, FillColor = Colors.FireBrick, Label = results[i].P99.ToString("F1", CultureInfo.InvariantCulture) });
        }

        plot.Add.Bars(bars);
        plot.Axes.SetLimitsY(0, results.Max(r => r.P99) * 1.25);
        plot.Axes.Bottom.SetTicks([.. results.Select((_, i) => (i * 3) + 0.5)], [.. results.Select(r => $"{r.Waiting} waiting on the model")]);
        plot.Title("navigation latency, ms (blue p50, red p99; lower is better)");
        plot.SavePng(path, 900, 500);
    }
}
