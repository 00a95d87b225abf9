using MiniExcelLibs;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Reports.Members;

/// <summary>
/// The member report as an .xlsx workbook (MiniExcel, written row by row): sheet 全部党员 with every member, sheet 未达标 with
/// those below the annual 学时 target and how many 学时 they still need. 学时 and 积分 are number cells; text is never a formula.
/// </summary>
public static class MemberReportWorkbook
{
    public static async Task WriteAsync(Stream output, MemberReportResult report, CancellationToken cancellationToken)
    {
        var sheets = new Dictionary<string, object>
        {
            [UiText.MemberReportAllSheet] = report.Rows.Select(r => Cells(r)),
            [UiText.MemberReportBelowSheet] = report.BelowTarget.Select(r => Cells(r, report.Target)),
        };
        await output.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
    }

    public static string FileName(MemberReportQuery query) =>
        $"{UiText.MemberReportFilePrefix}-{MemberReportPeriod.Show(query.From)}-{MemberReportPeriod.Show(query.To)}.xlsx";

    private static Dictionary<string, object?> Cells(MemberReportRow row, double? target = null)
    {
        var columns = UiText.MemberReportColumns;
        var cells = new Dictionary<string, object?>(columns.Count + 1)
        {
            [columns[0]] = row.Name,
            [columns[1]] = MemberReportCells.Branch(row),
            [columns[2]] = row.Parent,
            [columns[3]] = row.StudyHours,
            [columns[4]] = row.Points,
            [columns[5]] = MemberReportCells.Required(row.Status),
            [columns[6]] = MemberReportCells.Exams(row.Status),
        };
        if (target is { } t)
        {
            cells[UiText.MemberReportShortfall] = MemberReportCells.Shortfall(row, t);
        }

        return cells;
    }
}
