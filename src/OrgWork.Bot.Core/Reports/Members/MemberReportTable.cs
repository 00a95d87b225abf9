using System.Text;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Reports.Members;

/// <summary>The member report as text for stdout: the period and filters, every member, then those below the target.</summary>
public static class MemberReportTable
{
    public static string Format(MemberReportResult report)
    {
        var text = new StringBuilder();
        text.AppendLine(Heading(report));
        text.AppendLine();
        text.AppendLine(report.Rows.Count == 0 ? UiText.MemberReportEmpty : ReportFormatter.Aligned(UiText.MemberReportColumns, [.. report.Rows.Select(Cells)]));
        text.AppendLine();
        var below = report.BelowTarget.ToList();
        text.AppendLine(UiText.Format(UiText.MemberReportBelowHeading, MemberReportCells.Hours(report.Target), below.Count));
        if (below.Count > 0)
        {
            text.AppendLine(ReportFormatter.Aligned(
                [UiText.MemberReportColumns[0], UiText.MemberReportColumns[1], UiText.MemberReportColumns[3], UiText.MemberReportShortfall],
                [.. below.Select(r => new[] { r.Name, MemberReportCells.Branch(r), MemberReportCells.Hours(r.StudyHours), MemberReportCells.Hours(MemberReportCells.Shortfall(r, report.Target)) })]));
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>「党员学习情况 2026-01-01 至 2026-12-31（甲支部）：共 N 人」.</summary>
    public static string Heading(MemberReportResult report)
    {
        var filters = string.Join("，", new[] { report.Query.Parent, report.Query.Branch }.OfType<string>());
        return UiText.Format(
            UiText.MemberReportHeading,
            MemberReportPeriod.Show(report.Query.From),
            MemberReportPeriod.Show(report.Query.To),
            filters.Length == 0 ? "" : "（" + filters + "）",
            report.Rows.Count);
    }

    private static string[] Cells(MemberReportRow r) =>
    [
        r.Name,
        MemberReportCells.Branch(r),
        MemberReportCells.Parent(r),
        MemberReportCells.Hours(r.StudyHours),
        r.Points.ToString(System.Globalization.CultureInfo.InvariantCulture),
        MemberReportCells.Required(r.Status),
        MemberReportCells.Exams(r.Status),
    ];
}
