namespace OrgWork.Bot.Core.Conversation;

/// <summary>
/// The slow part of a turn (a model call, an embedding, a file download or parse). A handler that needs it returns
/// <see cref="ConversationResult.Later"/> instead of a result: the engine discards the handler's first, read-only
/// transaction, runs <see cref="RunAsync"/> outside every transaction and the write gate, then calls
/// <see cref="CommitAsync"/> in a second short transaction that also records the input's delivery id.
/// </summary>
public interface IDeferredWork : IDisposable
{
    /// <summary>The slow work; it must not touch the database (it holds no transaction).</summary>
    /// <param name="answerSoFar">Hears an answer's text as it is written (a model's stream), for the channel to show.</param>
    Task RunAsync(IProgress<string> answerSoFar, CancellationToken cancellationToken);

    /// <summary>Applies what <see cref="RunAsync"/> produced, in the input's committing transaction, and answers.</summary>
    Task<ConversationResult> CommitAsync(ConversationContext context, CancellationToken cancellationToken);
}
