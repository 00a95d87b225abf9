namespace OrgWork.Bot.Core.Reports.Members;

/// <summary>One member in the member report: 学时 and 积分 earned in the report's period.</summary>
public sealed record MemberReportRow(
    long LearnerId, string Name, string? Branch, string? Parent, double StudyHours, int Points, MemberStudyStatus Status);
