namespace OrgWork.Bot.Core.Conversation;

/// <summary>The one conversation engine behind every channel.</summary>
public interface IConversationEngine
{
    Task<ConversationResult> HandleAsync(ChatInput input, CancellationToken cancellationToken) =>
        HandleAsync(input, TurnObserver.None, cancellationToken);

    /// <summary>Handles one input; <paramref name="observer"/> hears when the turn goes into slow work.</summary>
    Task<ConversationResult> HandleAsync(ChatInput input, ITurnObserver observer, CancellationToken cancellationToken);
}
