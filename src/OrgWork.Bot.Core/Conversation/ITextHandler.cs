namespace OrgWork.Bot.Core.Conversation;

/// <summary>
/// Handles plain text (not a command). Handlers are asked in <see cref="Order"/>; one that returns
/// null leaves the text to the next. Text no handler takes gets a short help.
/// </summary>
public interface ITextHandler
{
    int Order { get; }

    Task<ConversationResult?> TryHandleAsync(ConversationContext context, CancellationToken cancellationToken);
}
