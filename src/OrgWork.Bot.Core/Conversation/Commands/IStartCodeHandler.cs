namespace OrgWork.Bot.Core.Conversation.Commands;

/// <summary>Takes the code of a <c>/start CODE</c> deep link; returns null when the code is not its kind.</summary>
public interface IStartCodeHandler
{
    Task<Reply?> TryHandleAsync(ConversationContext context, string code, CancellationToken cancellationToken);
}
