using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Telegram.Inbound;

/// <summary>What an update means to the bot: an input for the engine, a membership change, or nothing.</summary>
public sealed record MappedUpdate
{
    public static MappedUpdate Ignored { get; } = new();

    /// <summary>The input for the engine; null when the update is not one.</summary>
    public ChatInput? Input { get; init; }

    /// <summary>The pressed button's query, which must always be answered.</summary>
    public string? CallbackQueryId { get; init; }

    /// <summary>Set when a user blocked (false) or unblocked (true) the bot in their private chat.</summary>
    public bool? UserActive { get; init; }

    public long UserId { get; init; }

    /// <summary>The chat that orders this update's processing.</summary>
    public long ChatId { get; init; }
}
