namespace OrgWork.Bot.Core.Conversation;

/// <summary>The one conversation engine behind every channel.</summary>
public interface IConversationEngine
{
    Task<ConversationResult> HandleAsync(ChatInput input, CancellationToken cancellationToken);
}
