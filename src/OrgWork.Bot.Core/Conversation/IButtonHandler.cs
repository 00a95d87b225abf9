namespace OrgWork.Bot.Core.Conversation;

/// <summary>Handles presses of buttons whose payload carries <see cref="Action"/>.</summary>
public interface IButtonHandler
{
    string Action { get; }

    Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken);
}
