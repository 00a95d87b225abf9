namespace OrgWork.Bot.Core.Reports.Members;

/// <summary>Which members and which local days (inclusive) a member report covers; a null filter is every branch or parent.</summary>
public sealed record MemberReportQuery(DateOnly From, DateOnly To, string? Branch = null, string? Parent = null);
