namespace OrgWork.Bot.Core.Conversation;

/// <summary>Ready-made observers.</summary>
public static class TurnObserver
{
    /// <summary>Ignores progress.</summary>
    public static ITurnObserver None { get; } = new Callback(static () => { });

    public static ITurnObserver OnPending(Action pending) => new Callback(pending);

    private sealed class Callback(Action pending) : ITurnObserver
    {
        public void Pending() => pending();
    }
}
