using MiniExcelLibs;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;
using CommentColumns = OrgWork.Bot.Core.Conversation.UiText.ClassReportCommentColumns;
using MemberColumns = OrgWork.Bot.Core.Conversation.UiText.ClassReportColumns;
using SessionColumns = OrgWork.Bot.Core.Conversation.UiText.ClassReportSessionColumns;

namespace OrgWork.Bot.Core.Classes.Reports;

/// <summary>
/// The class report as an .xlsx workbook (MiniExcel): 学员出勤 (the matrix, one row per participant), 课次评价 (one row per
/// session) and 留言 (the comments). Counts, rates, 学时 and ratings are number cells; text is never a formula.
/// </summary>
public static class ClassReportWorkbook
{
    public static async Task WriteAsync(Stream output, ClassReportResult report, CancellationToken cancellationToken)
    {
        var sheets = new Dictionary<string, object>
        {
            [UiText.ClassReportMembersSheet] = report.Rows.Select(r => Member(r, report)),
            [UiText.ClassReportSessionsSheet] = report.Sessions.Select(Session),
            [UiText.ClassReportCommentsSheet] = report.Comments.Select(c => Comment(c, report)),
        };
        await output.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
    }

    public static string FileName(ClassReportResult report) => $"{UiText.ClassReportFilePrefix}-{report.Class.Slug}.xlsx";

    private static Dictionary<string, object?> Member(ClassReportRow row, ClassReportResult report)
    {
        var cells = new Dictionary<string, object?>
        {
            [MemberColumns.Name] = row.Name,
            [MemberColumns.Phone] = row.Phone,
            [MemberColumns.Branch] = ClassReportCells.Branch(row),
        };
        foreach (var (session, mark) in report.Class.Sessions.Zip(row.Marks))
        {
            cells[ClassReportCells.SessionColumn(session.Number)] = ClassReportCells.Mark(mark);
        }

        cells[MemberColumns.Attended] = row.Attended;
        cells[MemberColumns.AttendanceRate] = row.AttendanceRate;
        cells[MemberColumns.Hours] = row.Hours;
        cells[MemberColumns.Rating] = row.Rating;
        cells[MemberColumns.Exam] = ClassReportCells.Exam(row.Exam);
        cells[MemberColumns.Completed] = ClassReportCells.Completed(row);
        cells[MemberColumns.Certificate] = row.CertificateSerial ?? "";
        return cells;
    }

    private static Dictionary<string, object?> Session(ClassSessionSummary summary)
    {
        return new Dictionary<string, object?>
        {
            [SessionColumns.Number] = summary.Session.Number,
            [SessionColumns.Title] = summary.Session.Title,
            [SessionColumns.Starts] = ContentTime.Format(summary.Session.Starts),
            [SessionColumns.Place] = summary.Session.Place,
            [SessionColumns.Attendees] = summary.Attendees,
            [SessionColumns.Average] = summary.Rating.Average,
            [SessionColumns.Ratings] = summary.Rating.Count,
            [SessionColumns.Comments] = summary.Comments,
        };
    }

    private static Dictionary<string, object?> Comment(ClassComment comment, ClassReportResult report)
    {
        return new Dictionary<string, object?>
        {
            [CommentColumns.Number] = comment.SessionNumber,
            [CommentColumns.Title] = report.Class.FindSession(comment.SessionNumber)?.Title ?? "",
            [CommentColumns.Name] = comment.Name,
            [CommentColumns.Stars] = comment.Stars,
            [CommentColumns.Comment] = comment.Text,
            [CommentColumns.At] = ContentTime.Format(comment.At),
        };
    }
}
