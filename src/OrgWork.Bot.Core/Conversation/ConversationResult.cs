namespace OrgWork.Bot.Core.Conversation;

/// <summary>What the engine answered to one input.</summary>
public sealed record ConversationResult
{
    public IReadOnlyList<Reply> Replies { get; init; } = [];

    /// <summary>A short notice for the pressed button (Telegram shows it as the callback answer).</summary>
    public string? Toast { get; init; }

    /// <summary>True when the input's <see cref="ChatInput.DeliveryId"/> had already been processed.</summary>
    public bool WasDuplicate { get; init; }

    /// <summary>Slow work still to do before the turn's answer (see <see cref="IDeferredWork"/>); the engine runs it.</summary>
    public IDeferredWork? Deferred { get; init; }

    public static ConversationResult Duplicate { get; } = new() { WasDuplicate = true };

    /// <summary>The turn continues with <paramref name="work"/> outside the transaction, then commits its effects.</summary>
    public static ConversationResult Later(IDeferredWork work) => new() { Deferred = work };

    public static ConversationResult Of(params Reply[] replies) => new() { Replies = replies };

    public static ConversationResult Notice(string toast) => new() { Toast = toast };

    /// <summary>This result through <paramref name="map"/>; for deferred work, the result it commits.</summary>
    public ConversationResult Map(Func<ConversationResult, ConversationResult> map) =>
        Deferred is { } work ? Later(DeferredWork.Map(work, map)) : map(this);
}
