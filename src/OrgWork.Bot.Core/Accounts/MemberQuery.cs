using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Accounts;

/// <summary>Which roster members to list: by name or 手机号 (part of either), branch, role and status; one page at a time.</summary>
public sealed record MemberQuery(string? Text = null, int? BranchId = null, Role? Role = null, MemberStatus? Status = null, int Page = 1)
{
    public const int PageSize = 50;
}

public enum MemberStatus
{
    /// <summary>In the roster, not activated yet (no /bind, no web password).</summary>
    NotActivated,

    Active,

    Deactivated,
}
