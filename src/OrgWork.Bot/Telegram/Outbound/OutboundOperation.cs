using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>One Bot API call that shows (part of) a reply; stored as JSON in the outbox.</summary>
public sealed record OutboundOperation
{
    public required OutboundKind Kind { get; init; }

    /// <summary>The text (or caption) in Telegram HTML; empty for a photo without caption.</summary>
    public string Html { get; init; } = "";

    /// <summary>The same text without markup, sent instead if Telegram cannot parse the HTML.</summary>
    public string Plain { get; init; } = "";

    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; init; } = [];

    /// <summary>The message to edit (<see cref="OutboundKind.Edit"/>).</summary>
    public int? MessageId { get; init; }

    public byte[]? Photo { get; init; }

    public string? PhotoFileName { get; init; }
}
