namespace OrgWork.Bot.Core.Conversation;

/// <summary>
/// One thing a person did in a chat, independent of the channel it came through.
/// </summary>
public sealed record ChatInput
{
    /// <summary>Channel name, e.g. <c>telegram</c>, <c>terminal</c>, <c>web</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>Channel-scoped chat id (a Telegram chat id, a terminal session, a web session).</summary>
    public required string ChatId { get; init; }

    /// <summary>The person's id; Telegram user ids are the shared identity across channels.</summary>
    public required long UserId { get; init; }

    public string? DisplayName { get; init; }

    public required InputKind Kind { get; init; }

    /// <summary>The text typed (commands included, e.g. <c>/start CODE</c>), already stripped of <c>@BotName</c>.</summary>
    public string Text { get; init; } = "";

    /// <summary>The payload of a pressed button (<see cref="Button.Data"/>).</summary>
    public string? ButtonData { get; init; }

    /// <summary>A file the person sent (uploads by trainers).</summary>
    public InputFile? File { get; init; }

    /// <summary>
    /// The channel's id of the message this input refers to (the message whose button was pressed), so a
    /// reply with <see cref="Reply.ReplacesSource"/> can edit it.
    /// </summary>
    public string? SourceMessageId { get; init; }

    /// <summary>False in groups: private flows are then answered in the private chat.</summary>
    public bool IsPrivateChat { get; init; } = true;

    /// <summary>
    /// A unique id of the delivery (e.g. <c>tg:123456</c>); when set, the engine records it in the same
    /// transaction as the input's effects and ignores a second delivery of it.
    /// </summary>
    public string? DeliveryId { get; init; }

    public static ChatInput FromText(string channel, string chatId, long userId, string text, string? displayName = null) =>
        new() { Channel = channel, ChatId = chatId, UserId = userId, Kind = InputKind.Text, Text = text, DisplayName = displayName };

    public static ChatInput FromButton(string channel, string chatId, long userId, string data, string? displayName = null) =>
        new() { Channel = channel, ChatId = chatId, UserId = userId, Kind = InputKind.Button, ButtonData = data, DisplayName = displayName };
}
