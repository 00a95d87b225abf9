using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Accounts;

/// <summary>One roster member as the members page shows them.</summary>
public sealed record MemberRow(
    long Id, string Name, string? Phone, string? Branch, Role Role, MemberCategory Category, MemberStatus Status, DateTime LastSeenAt, double StudyHoursThisYear);
