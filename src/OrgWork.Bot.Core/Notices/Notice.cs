namespace OrgWork.Bot.Core.Notices;

/// <summary>
/// A message for many members at once (a <c>/broadcast</c>, a study plan's reminder), delivered on every channel they use
/// and read with its 已读 button. Who gets it and how far it got are its <see cref="NoticeRecipient"/> rows.
/// </summary>
public sealed class Notice
{
    public long Id { get; set; }

    public NoticeKind Kind { get; set; }

    public string Text { get; set; } = "";

    /// <summary>The admin who sent it; null for the system (reminders).</summary>
    public long? SenderId { get; set; }

    /// <summary>The branch it went to; null for all active members (or an explicit list).</summary>
    public int? BranchId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>A poster's own key (e.g. <c>plan:slug:due-7</c>): a second post with the same key does nothing.</summary>
    public string? Key { get; set; }
}
