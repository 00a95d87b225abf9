using System.Globalization;
using System.Text;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Reports;

/// <summary>The branch report as an aligned text table (chat and stdout) and as CSV.</summary>
public static class ReportFormatter
{
    public static string Table(IReadOnlyList<BranchReportRow> rows, ReportLevel level = ReportLevel.Branch)
    {
        var header = UiText.ReportColumnsFor(level);
        var cells = rows.Select(r => new[]
        {
            r.Branch,
            Number(r.Members),
            Number(r.ActiveThisWeek),
            Number(r.LessonsFinished),
            r.StudyHours.ToString("0.0", CultureInfo.InvariantCulture),
            r.Accuracy is { } a ? Percent(a) : "—",
        }).ToList();
        var widths = Enumerable.Range(0, header.Count)
            .Select(i => cells.Select(c => Width(c[i])).Append(Width(header[i])).Max())
            .ToArray();

        var text = new StringBuilder();
        text.AppendLine(Row(header, widths));
        foreach (var row in cells)
        {
            text.AppendLine(Row(row, widths));
        }

        return text.ToString().TrimEnd();
    }

    public static string Csv(IReadOnlyList<BranchReportRow> rows, ReportLevel level = ReportLevel.Branch)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', UiText.ReportColumnsFor(level).Select(Quote)));
        foreach (var r in rows)
        {
            text.AppendLine(string.Join(',',
                Quote(r.Branch),
                Number(r.Members),
                Number(r.ActiveThisWeek),
                Number(r.LessonsFinished),
                r.StudyHours.ToString("0.0", CultureInfo.InvariantCulture),
                r.Accuracy is { } a ? a.ToString("0.000", CultureInfo.InvariantCulture) : ""));
        }

        return text.ToString();
    }

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Row(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => c + new string(' ', widths[i] - Width(c)))).TrimEnd();

    /// <summary>Display width in a monospace font: CJK characters take two columns.</summary>
    private static int Width(string text) => text.Sum(c => c >= '\u2e80' ? 2 : 1);
}
