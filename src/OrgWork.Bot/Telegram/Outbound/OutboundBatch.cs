namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>The calls for one chat, sent in order.</summary>
public sealed record OutboundBatch(long ChatId, IReadOnlyList<OutboundOperation> Operations);
