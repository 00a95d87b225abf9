namespace OrgWork.Bot.Core.Reports.Members;

/// <summary>The member report: every member's row, and those below the annual 学时 target on their own.</summary>
public sealed record MemberReportResult(MemberReportQuery Query, IReadOnlyList<MemberReportRow> Rows, double Target)
{
    public IEnumerable<MemberReportRow> BelowTarget => Rows.Where(r => r.StudyHours < Target);

    public int BelowTargetCount => Rows.Count(r => r.StudyHours < Target);
}
