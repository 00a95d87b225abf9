namespace OrgWork.Bot.Core.Knowledge.Storage;

/// <summary>
/// A message for a member that waits until it is delivered: a staff reply to their question. Telegram members get it
/// at once; every member gets what is still pending with the reply to their next message, on the channel it names.
/// </summary>
public sealed class MemberNotice
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    public string Channel { get; set; } = "";

    public string ChatId { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? DeliveredAt { get; set; }
}
