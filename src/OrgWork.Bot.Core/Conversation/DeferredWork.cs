namespace OrgWork.Bot.Core.Conversation;

/// <summary>Builds <see cref="IDeferredWork"/> from a slow step and a commit step that takes its value.</summary>
public static class DeferredWork
{
    /// <param name="slow">Runs outside any transaction: model calls, downloads, parsing.</param>
    /// <param name="commit">Runs in the committing transaction with the slow step's value.</param>
    /// <param name="lease">Released when the turn ends, committed or not (e.g. the member's one question in flight).</param>
    public static IDeferredWork Create<T>(
        Func<CancellationToken, Task<T>> slow,
        Func<ConversationContext, T, CancellationToken, Task<ConversationResult>> commit,
        IDisposable? lease = null) => new Work<T>((_, ct) => slow(ct), commit, lease);

    /// <param name="slow">Runs outside any transaction and reports the answer's text as it is written.</param>
    /// <param name="commit">Runs in the committing transaction with the slow step's value.</param>
    /// <param name="lease">Released when the turn ends, committed or not.</param>
    public static IDeferredWork Create<T>(
        Func<IProgress<string>, CancellationToken, Task<T>> slow,
        Func<ConversationContext, T, CancellationToken, Task<ConversationResult>> commit,
        IDisposable? lease = null) => new Work<T>(slow, commit, lease);

    /// <summary>The same work, its committed result passed through <paramref name="map"/>.</summary>
    public static IDeferredWork Map(IDeferredWork work, Func<ConversationResult, ConversationResult> map) => new Mapped(work, map);

    private sealed class Mapped(IDeferredWork work, Func<ConversationResult, ConversationResult> map) : IDeferredWork
    {
        public Task RunAsync(IProgress<string> partial, CancellationToken cancellationToken) => work.RunAsync(partial, cancellationToken);

        public async Task<ConversationResult> CommitAsync(ConversationContext context, CancellationToken cancellationToken) =>
            map(await work.CommitAsync(context, cancellationToken));

        public void Dispose() => work.Dispose();
    }

    private sealed class Work<T>(
        Func<IProgress<string>, CancellationToken, Task<T>> slow,
        Func<ConversationContext, T, CancellationToken, Task<ConversationResult>> commit,
        IDisposable? lease) : IDeferredWork
    {
        private T? _value;
        private bool _ran;

        public async Task RunAsync(IProgress<string> partial, CancellationToken cancellationToken)
        {
            _value = await slow(partial, cancellationToken);
            _ran = true;
        }

        public Task<ConversationResult> CommitAsync(ConversationContext context, CancellationToken cancellationToken) =>
            _ran ? commit(context, _value!, cancellationToken) : throw new InvalidOperationException("The slow step has not run.");

        public void Dispose() => lease?.Dispose();
    }
}
