namespace OrgWork.Bot.Core.Conversation;

/// <summary>One message the engine wants shown, independent of the channel that shows it.</summary>
public sealed record Reply
{
    public required RichText Text { get; init; }

    /// <summary>Rows of buttons under the message.</summary>
    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; init; } = [];

    /// <summary>An image (PNG) sent with the message; the text becomes its caption when short enough.</summary>
    public ReplyImage? Image { get; init; }

    /// <summary>When true, the message whose button was pressed is edited in place instead of sending a new one.</summary>
    public bool ReplacesSource { get; init; }

    /// <summary>When true, the reply goes to the person's private chat even if the input came from a group.</summary>
    public bool IsPrivate { get; init; }
}
