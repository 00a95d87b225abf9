namespace OrgWork.Bot.Core.Notices;

/// <summary>A notice to post: what it says, to whom, who sent it (null: the system) and an optional idempotency key.</summary>
public sealed record NoticeDraft(NoticeKind Kind, string Text, NoticeAudience Audience, long? SenderId = null, string? Key = null);
