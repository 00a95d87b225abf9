using System.Globalization;
using ScottPlot;

namespace OrgWork.Bot.Bench.Roster;

/// <summary>Each import's time (read and plan, then apply, stacked) with its peak memory as the bar's label, as a PNG.</summary>
internal static class RosterImportChart
{
    public static void Save(IReadOnlyList<RosterImportRun> runs, string path)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            bars.Add(new Bar { Position = i, ValueBase = 0, Value = run.PlanSeconds, FillColor = Colors.SteelBlue });
            bars.Add(new Bar
            {
                Position = i,
                ValueBase = run.PlanSeconds,
                Value = run.TotalSeconds,
                FillColor = Colors.Orange,
                Label = string.Create(CultureInfo.InvariantCulture, $"{run.TotalSeconds:F1} s, {run.PeakMiB:F0} MiB"),
            });
        }

        plot.Add.Bars(bars);
        var target = plot.Add.HorizontalLine(10, color: Colors.FireBrick);
        target.LinePattern = LinePattern.Dashed;
        plot.Axes.SetLimitsY(0, Math.Max(11, runs.Max(r => r.TotalSeconds) * 1.25));
        plot.Axes.Bottom.SetTicks([.. runs.Select((_, i) => (double)i)], [.. runs.Select(r => r.Scenario)]);
        plot.Axes.Left.Label.Text = "seconds";
        plot.Title("20,000-member roster import: blue read and plan, orange apply; red line the 10 s target");
        plot.SavePng(path, 1000, 520);
    }
}
