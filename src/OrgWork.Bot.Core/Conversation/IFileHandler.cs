namespace OrgWork.Bot.Core.Conversation;

/// <summary>Handles files sent to the bot (trainers' uploads).</summary>
public interface IFileHandler
{
    Task<ConversationResult> HandleAsync(ConversationContext context, InputFile file, CancellationToken cancellationToken);
}
