using OrgWork.Bot.Core.Conversation;
using ScottPlot;

namespace OrgWork.Bot.Core.Reports;

/// <summary>The branch report as a grouped bar chart (PNG), drawn with ScottPlot in a CJK-capable font.</summary>
public sealed class ReportChart(ChartFonts fonts)
{
    public byte[] Render(IReadOnlyList<BranchReportRow> rows, int width = 1000, int height = 560, string? title = null)
    {
        var plot = new Plot();
        fonts.Apply(plot);
        var series = new (string Label, Func<BranchReportRow, double> Value, Color Color)[]
        {
            (UiText.ReportColumns[1], r => r.Members, Colors.SteelBlue),
            (UiText.ReportColumns[2], r => r.ActiveThisWeek, Colors.Orange),
            (UiText.ReportColumns[3], r => r.LessonsFinished, Colors.SeaGreen),
            (UiText.ReportColumns[4], r => r.StudyHours, Colors.FireBrick),
        };

        const double groupWidth = 0.8;
        var barWidth = groupWidth / series.Length;
        for (var s = 0; s < series.Length; s++)
        {
            var bars = rows.Select((row, i) => new Bar
            {
                Position = i - (groupWidth / 2) + (barWidth * (s + 0.5)),
                Value = series[s].Value(row),
                FillColor = series[s].Color,
                Size = barWidth * 0.9,
            }).ToList();
            var added = plot.Add.Bars(bars);
            added.LegendText = series[s].Label;
        }

        plot.Axes.Bottom.SetTicks(rows.Select((_, i) => (double)i).ToArray(), rows.Select(r => r.Branch).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.Title(title ?? UiText.ReportChartTitle);
        plot.ShowLegend(Alignment.UpperRight);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }
}
