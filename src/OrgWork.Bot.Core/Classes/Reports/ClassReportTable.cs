using System.Text;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Reports;

namespace OrgWork.Bot.Core.Classes.Reports;

/// <summary>The class report as text for stdout: the heading, the attendance matrix, each session's ratings, the comments.</summary>
public static class ClassReportTable
{
    public static string Format(ClassReportResult report)
    {
        var c = report.Class;
        var text = new StringBuilder();
        text.AppendLine(ClassReportCells.Heading(report));
        text.AppendLine();
        text.AppendLine(report.Rows.Count == 0
            ? UiText.ClassReportEmpty
            : ReportFormatter.Aligned(ClassReportCells.Columns(c), [.. report.Rows.Select(r => ClassReportCells.Row(r, c))]));
        text.AppendLine();
        text.AppendLine(UiText.ClassReportSessionsHeading);
        text.AppendLine(ReportFormatter.Aligned(SessionColumns, [.. report.Sessions.Select(SessionCells)]));
        text.AppendLine();
        text.AppendLine(UiText.ClassReportCommentsHeading);
        if (report.Comments.Count == 0)
        {
            text.AppendLine(UiText.ClassReportNoComments);
        }

        foreach (var comment in report.Comments)
        {
            text.AppendLine(UiText.Format(UiText.ClassReportCommentLine, comment.SessionNumber, comment.Name, comment.Stars, comment.Text));
        }

        return text.ToString().TrimEnd();
    }

    public static readonly IReadOnlyList<string> SessionColumns =
    [
        UiText.ClassReportSessionColumns.Number,
        UiText.ClassReportSessionColumns.Title,
        UiText.ClassReportSessionColumns.Starts,
        UiText.ClassReportSessionColumns.Attendees,
        UiText.ClassReportSessionColumns.Average,
        UiText.ClassReportSessionColumns.Ratings,
        UiText.ClassReportSessionColumns.Comments,
    ];

    private static string[] SessionCells(ClassSessionSummary s) =>
    [
        ClassReportCells.SessionColumn(s.Session.Number),
        s.Session.Title,
        ContentTime.Format(s.Session.Starts),
        s.Attendees.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ClassReportCells.Rating(s.Rating.Average),
        s.Rating.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        s.Comments.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ];
}
