namespace OrgWork.Bot.Core.Notices;

/// <summary>
/// One member's copy of a notice: whether it went out on Telegram, when it was first shown in the web chat or the
/// terminal, and when the member pressed 已读. The Telegram columns are also the dispatcher's claim on the row.
/// </summary>
public sealed class NoticeRecipient
{
    public long Id { get; set; }

    public long NoticeId { get; set; }

    public long LearnerId { get; set; }

    /// <summary>The member has a Telegram account (their own id, or a bound one) when the notice was posted.</summary>
    public bool ViaTelegram { get; set; }

    public DateTime? TelegramDeliveredAt { get; set; }

    /// <summary>Sends tried on Telegram; the dispatcher gives up after <see cref="NoticesOptions.MaxTelegramAttempts"/>.</summary>
    public int TelegramAttempts { get; set; }

    /// <summary>Until then the row is being sent (or waits before its next try) and no dispatcher takes it.</summary>
    public DateTime? TelegramClaimedUntil { get; set; }

    /// <summary>The claim of the dispatcher pass that holds the row.</summary>
    public Guid? TelegramClaim { get; set; }

    public DateTime? WebShownAt { get; set; }

    public DateTime? TerminalShownAt { get; set; }

    public DateTime? ReadAt { get; set; }
}
