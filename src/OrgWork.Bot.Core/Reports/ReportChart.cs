using System.Globalization;
using OrgWork.Bot.Core.Conversation;
using ScottPlot;
using SkiaSharp;

namespace OrgWork.Bot.Core.Reports;

/// <summary>
/// The branch report as a PNG made for a phone: two panels of horizontal bars stacked one above the other, so people (党员数,
/// 本周活跃) and 学时 never share an axis, with branch names on the left where long names fit. It is drawn
/// <see cref="DefaultWidth"/> pixels wide with fonts large enough to stay legible when a phone shows it 390 pixels wide.
/// </summary>
public sealed class ReportChart(ChartFonts fonts)
{
    /// <summary>Twice a phone's 390 CSS pixels: crisp on high-density screens, and every font is at least 13 px there.</summary>
    public const int DefaultWidth = 780;

    private const float TitleSize = 34;
    private const float TextSize = 28;
    private const int PanelChrome = 190;
    private const int PixelsPerBar = 46;

    public byte[] Render(IReadOnlyList<BranchReportRow> rows, int width = DefaultWidth, string? title = null)
    {
        var people = Panel(
            rows,
            title ?? UiText.ReportChartTitle,
            UiText.ReportChartPeople,
            [(UiText.ReportColumns[1], r => r.Members, Colors.SteelBlue), (UiText.ReportColumns[2], r => r.ActiveThisWeek, Colors.Orange)],
            "0");
        var hours = Panel(rows, UiText.ReportChartHoursTitle, UiText.ReportChartHours, [(UiText.ReportColumns[4], r => r.StudyHours, Colors.FireBrick)], "0.0");
        var peopleHeight = PanelChrome + (PixelsPerBar * 2 * rows.Count);
        var hoursHeight = PanelChrome + (PixelsPerBar * rows.Count);

        using var surface = SKSurface.Create(new SKImageInfo(width, peopleHeight + hoursHeight));
        surface.Canvas.Clear(SKColors.White);
        Draw(surface.Canvas, people.GetImageBytes(width, peopleHeight, ImageFormat.Png), 0);
        Draw(surface.Canvas, hours.GetImageBytes(width, hoursHeight, ImageFormat.Png), peopleHeight);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private Plot Panel(
        IReadOnlyList<BranchReportRow> rows, string title, string axisLabel, (string Label, Func<BranchReportRow, double> Value, Color Color)[] series, string format)
    {
        var plot = new Plot();
        fonts.Apply(plot);
        const double groupWidth = 0.8;
        var barWidth = groupWidth / series.Length;
        for (var s = 0; s < series.Length; s++)
        {
            var (label, value, color) = series[s];
            var bars = rows.Select((row, i) => new Bar
            {
                // The first branch on top: positions count down.
                Position = -i + (groupWidth / 2) - (barWidth * (s + 0.5)),
                Value = value(row),
                FillColor = color,
                Size = barWidth * 0.9,
                Label = value(row).ToString(format, CultureInfo.InvariantCulture),
            }).ToList();
            var added = plot.Add.Bars(bars);
            added.Horizontal = true;
            added.ValueLabelStyle.FontSize = TextSize;
            if (series.Length > 1)
            {
                added.LegendText = label;
            }
        }

        plot.Axes.Left.SetTicks(rows.Select((_, i) => (double)-i).ToArray(), rows.Select(r => r.Branch).ToArray());
        plot.Axes.Left.TickLabelStyle.FontSize = TextSize;
        plot.Axes.Bottom.TickLabelStyle.FontSize = TextSize;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.XLabel(axisLabel, TextSize);
        plot.Title(title, TitleSize);
        plot.Axes.Margins(left: 0, right: 0.2, bottom: 0.02, top: 0.02);

        // Room on the right for the last tick label and the longest value label.
        plot.Axes.Right.MinimumSize = 40;
        if (series.Length > 1)
        {
            plot.Legend.FontSize = TextSize;
            plot.ShowLegend(Edge.Top);
        }

        return plot;
    }

    private static void Draw(SKCanvas canvas, byte[] png, int top)
    {
        using var bitmap = SKBitmap.Decode(png);
        canvas.DrawBitmap(bitmap, 0, top);
    }
}
