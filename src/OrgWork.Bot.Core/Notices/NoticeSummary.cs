namespace OrgWork.Bot.Core.Notices;

/// <summary>A notice on the dashboard's list, with its read rate.</summary>
public sealed record NoticeSummary(long Id, DateTime CreatedAt, NoticeKind Kind, string Text, NoticeRate Rate);
