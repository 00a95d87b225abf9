using System.Globalization;
using System.Text;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Reports;

/// <summary>The branch report as an aligned text table (stdout), as a list for a phone's chat, and as CSV.</summary>
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
        return Aligned(header, cells);
    }

    /// <summary>
    /// The report for a chat on a phone: each branch in bold, then two short lines (people; lessons, 学时 and 正确率), each
    /// under 20 CJK characters, so nothing is cut off at 390 pixels and no table needs scrolling.
    /// </summary>
    public static void PhoneList(RichTextBuilder text, IReadOnlyList<BranchReportRow> rows)
    {
        foreach (var r in rows)
        {
            text.Text("\n").Bold(r.Branch).Text("\n");
            text.Text(UiText.Format(UiText.ReportPhoneMembers, r.Members, r.ActiveThisWeek)).Text("\n");
            text.Text(UiText.Format(
                UiText.ReportPhoneStudy, r.LessonsFinished, r.StudyHours.ToString("0.0", CultureInfo.InvariantCulture), r.Accuracy is { } a ? Percent(a) : "—"));
        }
    }

    /// <summary>Rows of cells as monospace text, each column as wide as its widest cell (CJK characters count double).</summary>
    public static string Aligned(IReadOnlyList<string> header, IReadOnlyList<string[]> cells)
    {
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

    /// <summary>The report as CSV text (no byte-order mark; callers writing a file add one), injection-escaped.</summary>
    public static string Csv(IReadOnlyList<BranchReportRow> rows, ReportLevel level = ReportLevel.Branch) =>
        SafeCsv.WriteText(UiText.ReportColumnsFor(level), csv =>
        {
            foreach (var r in rows)
            {
                csv.WriteField(r.Branch);
                csv.WriteField(r.Members, "0", CultureInfo.InvariantCulture);
                csv.WriteField(r.ActiveThisWeek, "0", CultureInfo.InvariantCulture);
                csv.WriteField(r.LessonsFinished, "0", CultureInfo.InvariantCulture);
                csv.WriteField(r.StudyHours, "0.0", CultureInfo.InvariantCulture);
                csv.WriteField(r.Accuracy, "0.000");
                csv.EndRecord();
            }
        });

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Row(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => c + new string(' ', widths[i] - Width(c)))).TrimEnd();

    /// <summary>Display width in a monospace font: CJK characters take two columns.</summary>
    private static int Width(string text) => text.Sum(c => c >= '\u2e80' ? 2 : 1);
}
