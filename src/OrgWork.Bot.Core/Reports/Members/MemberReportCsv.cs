using System.Globalization;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Reports.Members;

/// <summary>The member report as CSV (UTF-8 with a BOM, injection-escaped): every member, with a 达标 column.</summary>
public static class MemberReportCsv
{
    public static byte[] Write(MemberReportResult report) =>
        SafeCsv.Write([.. UiText.MemberReportColumns, UiText.MemberReportOnTarget], csv =>
        {
            foreach (var r in report.Rows)
            {
                csv.WriteField(r.Name);
                csv.WriteField(MemberReportCells.Branch(r));
                csv.WriteField(r.Parent ?? "");
                csv.WriteField(r.StudyHours, "0.0", CultureInfo.InvariantCulture);
                csv.WriteField(r.Points, "0", CultureInfo.InvariantCulture);
                csv.WriteField(MemberReportCells.Required(r.Status));
                csv.WriteField(MemberReportCells.Exams(r.Status));
                csv.WriteField(r.StudyHours < report.Target ? UiText.MemberReportNo : UiText.MemberReportYes);
                csv.EndRecord();
            }
        });
}
