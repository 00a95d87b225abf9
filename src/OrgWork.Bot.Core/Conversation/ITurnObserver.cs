namespace OrgWork.Bot.Core.Conversation;

/// <summary>
/// What a channel learns about a turn while it runs: <see cref="Pending"/> is called once, at once, when the turn goes
/// into slow work, so the channel can show progress (Telegram's typing, the web's pending bubble, a terminal line) and
/// move on to the person's next input instead of waiting in line behind it. While the slow work writes an answer (a
/// model streaming its tokens), <see cref="Writing"/> hears the text so far.
/// </summary>
public interface ITurnObserver
{
    void Pending();

    /// <summary>
    /// The answer written so far (plain text, the whole of it each time, growing), after <see cref="Pending"/> and
    /// before the turn's result. It is only a preview: the committed result is the answer, and may differ (sources,
    /// buttons, or another answer altogether when the model's is refused). Called on the slow work's thread, often;
    /// a channel keeps the latest text and shows it at its own pace, never blocking the caller.
    /// </summary>
    void Writing(string textSoFar)
    {
    }
}
