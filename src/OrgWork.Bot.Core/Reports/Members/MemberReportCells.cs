using System.Globalization;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Reports.Members;

/// <summary>How the member report's cells read, the same in the table, the CSV, the workbook and the dashboard.</summary>
public static class MemberReportCells
{
    public const string None = "—";

    public static string Branch(MemberReportRow row) => row.Branch ?? UiText.ReportNoBranch;

    public static string Parent(MemberReportRow row) => row.Parent ?? None;

    public static string Hours(double hours) => hours.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Required(MemberStudyStatus status) =>
        status.RequiredTotal == 0 ? None : UiText.Format(UiText.MemberReportRequired, status.RequiredDone, status.RequiredTotal);

    public static string Exams(MemberStudyStatus status) =>
        status.ExamsTaken == 0 ? None : UiText.Format(UiText.MemberReportExams, status.ExamsPassed, status.ExamsTaken);

    /// <summary>How many 学时 a member still needs to reach the target (never negative).</summary>
    public static double Shortfall(MemberReportRow row, double target) => Math.Round(Math.Max(0, target - row.StudyHours), 1);
}
