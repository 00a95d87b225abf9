using System.Globalization;
using OrgWork.Bot.Core.Classes.Storage;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Classes.Reports;

/// <summary>The class report's cells as text, the same on stdout, on the dashboard and in the workbook.</summary>
public static class ClassReportCells
{
    /// <summary>The member columns in order: 姓名, 手机号, 所属支部, 第1讲 … 第N讲, 出勤, 出勤率, 学时, 评分, 考试, 结业, 证书编号.</summary>
    public static IReadOnlyList<string> Columns(TrainingClass trainingClass) =>
    [
        UiText.ClassReportColumns.Name,
        UiText.ClassReportColumns.Phone,
        UiText.ClassReportColumns.Branch,
        .. trainingClass.Sessions.Select(s => SessionColumn(s.Number)),
        UiText.ClassReportColumns.Attended,
        UiText.ClassReportColumns.AttendanceRate,
        UiText.ClassReportColumns.Hours,
        UiText.ClassReportColumns.Rating,
        UiText.ClassReportColumns.Exam,
        UiText.ClassReportColumns.Completed,
        UiText.ClassReportColumns.Certificate,
    ];

    public static string SessionColumn(int number) => UiText.Format(UiText.ClassReportSessionColumn, number);

    /// <summary>「✔ 09:03」 (Beijing time) for a scan, 「✔ 补记」 for a trainer's mark, empty when absent.</summary>
    public static string Mark(ClassAttendanceMark? mark) => mark switch
    {
        null => "",
        { Method: AttendanceMethod.Manual } => UiText.ClassReportMarkManual,
        _ => UiText.Format(UiText.ClassReportMarkScan, (mark.At + ContentTime.BeijingOffset).ToString("HH:mm", CultureInfo.InvariantCulture)),
    };

    public static string Branch(ClassReportRow row) => row.Branch ?? UiText.ClassNoBranch;

    public static string Attended(ClassReportRow row, TrainingClass trainingClass) => $"{row.Attended}/{trainingClass.Sessions.Count}";

    public static string Percent(double? percent) =>
        percent is { } p ? p.ToString("0.#", CultureInfo.InvariantCulture) + "%" : UiText.ClassReportExamNotRequired;

    public static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Rating(double? average) => average is { } a ? Number(a) : "";

    /// <summary>「4.3（12 条）」, or 暂无.</summary>
    public static string Rating(ClassRatingAverage rating) =>
        rating.Average is { } a ? UiText.Format(UiText.ClassReportRatingValue, Number(a), rating.Count) : UiText.ClassReportRatingNone;

    /// <summary>「86 分 合格」, 「52 分 不合格」, 未交卷, 未考; 「—」 when the class names no exam.</summary>
    public static string Exam(ClassExamResult? exam) => exam switch
    {
        null => UiText.ClassReportExamNotRequired,
        { Sat: false } => UiText.ClassReportExamNone,
        { BestScore: null } => UiText.ClassReportExamUnfinished,
        _ => UiText.Format(UiText.ClassReportExamScore, exam.BestScore, exam.Passed ? UiText.ExamPassed : UiText.ExamFailed),
    };

    public static string Completed(ClassReportRow row) => row.Completed ? UiText.ClassReportCompletedYes : UiText.ClassReportCompletedNo;

    /// <summary>「2026-12-15 至 2026-12-16」.</summary>
    public static string Dates(TrainingClass trainingClass) =>
        UiText.Format(UiText.ClassDateRange, ContentTime.Format(trainingClass.Starts)[..10], ContentTime.Format(trainingClass.Ends)[..10]);

    /// <summary>「《…》2026-12-15 至 2026-12-16：参训 N 人，已结业 N 人，平均评分 4.3（12 条）」.</summary>
    public static string Heading(ClassReportResult report)
    {
        var c = report.Class;
        return UiText.Format(
            UiText.ClassReportHeading, c.Title, ContentTime.Format(c.Starts)[..10], ContentTime.Format(c.Ends)[..10], report.Rows.Count, report.CompletedCount, Rating(report.Rating));
    }

    /// <summary>A member row's cells as text, in <see cref="Columns"/> order.</summary>
    public static string[] Row(ClassReportRow row, TrainingClass trainingClass) =>
    [
        row.Name,
        row.Phone,
        Branch(row),
        .. row.Marks.Select(Mark),
        Attended(row, trainingClass),
        Percent(row.AttendanceRate),
        Number(row.Hours),
        Rating(row.Rating),
        Exam(row.Exam),
        Completed(row),
        row.CertificateSerial ?? "",
    ];
}
