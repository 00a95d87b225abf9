namespace OrgWork.Bot.Core.Conversation;

/// <summary>Ready-made observers.</summary>
public static class TurnObserver
{
    /// <summary>Ignores progress.</summary>
    public static ITurnObserver None { get; } = new Callback(static () => { }, null);

    public static ITurnObserver OnPending(Action pending) => new Callback(pending, null);

    /// <summary>Hears the slow step starting and the answer's text as it is written.</summary>
    public static ITurnObserver OnPending(Action pending, Action<string> partial) => new Callback(pending, partial);

    /// <summary>The observer as the <see cref="IProgress{T}"/> that slow work reports partial text to.</summary>
    public static IProgress<string> PartialText(ITurnObserver observer) => new PartialProgress(observer);

    private sealed class Callback(Action pending, Action<string>? partial) : ITurnObserver
    {
        public void Pending() => pending();

        public void Writing(string textSoFar) => partial?.Invoke(textSoFar);
    }

    private sealed class PartialProgress(ITurnObserver observer) : IProgress<string>
    {
        public void Report(string value) => observer.Writing(value);
    }
}
