namespace OrgWork.Bot.Core.Storage;

/// <summary>The actions an <see cref="AuditEntry"/> records.</summary>
public static class AuditAction
{
    public const string RosterImport = "roster.import";
    public const string MemberBranch = "member.branch";
    public const string MemberRole = "member.role";
    public const string MemberDeactivate = "member.deactivate";
    public const string MemberReactivate = "member.reactivate";
    public const string ActivationCodeIssued = "member.code";
    public const string BranchParent = "branch.parent";
    public const string CertificateRevoked = "certificate.revoke";
    public const string AttendanceMarked = "class.attendance";
    public const string ClassEnrolled = "class.enrol";
}
