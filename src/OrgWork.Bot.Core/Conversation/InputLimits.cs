namespace OrgWork.Bot.Core.Conversation;

/// <summary>
/// The bound on what one input may carry, the same on every channel (Telegram, webhook, web, terminal, <c>ask</c>):
/// a longer text is answered with <see cref="TooLongNotice"/> and neither processed nor stored, so no channel lets
/// a member make a turn arbitrarily expensive.
/// </summary>
public static class InputLimits
{
    /// <summary>Characters (UTF-16 code units, as Telegram counts them) of one message's text: Telegram's own limit.</summary>
    public const int MaxTextLength = 4096;

    public static bool IsTooLong(string? text) => text is { Length: > MaxTextLength };

    public static bool IsTooLong(ChatInput input) => IsTooLong(input.Text);

    /// <summary>What the member is told instead of an answer, naming the limit.</summary>
    public static string TooLongText => UiText.Format(UiText.InputTooLong, MaxTextLength);

    public static Reply TooLongNotice() => ReplyFactory.Plain(TooLongText);
}
