namespace OrgWork.Bot.Core.Conversation;

/// <summary>
/// What a channel learns about a turn while it runs: <see cref="Pending"/> is called once, at once, when the turn goes
/// into slow work, so the channel can show progress (Telegram's typing, the web's pending bubble, a terminal line) and
/// move on to the person's next input instead of waiting in line behind it.
/// </summary>
public interface ITurnObserver
{
    void Pending();
}
