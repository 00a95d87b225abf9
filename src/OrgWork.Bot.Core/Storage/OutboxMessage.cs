namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// Replies to one delivery for one chat, committed with the delivery's effects and deleted once sent. The
/// payload is the channel's own serialised form; Core never reads it.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>The delivery that produced the replies (<c>ChatInput.DeliveryId</c>).</summary>
    public string DeliveryId { get; set; } = "";

    /// <summary>The chat the replies go to (it differs from the input's chat when a group reply goes private).</summary>
    public string ChatId { get; set; } = "";

    public string Channel { get; set; } = "";

    public string Payload { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// Until when one instance holds the row for sending: the instance that committed it, while it sends
    /// live, or the one that took it over for recovery. Others leave it alone until then.
    /// </summary>
    public DateTime? ClaimedUntil { get; set; }

    /// <summary>Sending attempts that failed after all retries; recovery stops at a limit.</summary>
    public int FailedAttempts { get; set; }
}
