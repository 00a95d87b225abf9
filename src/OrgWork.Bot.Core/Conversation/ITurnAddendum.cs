namespace OrgWork.Bot.Core.Conversation;

/// <summary>
/// Replies that ride along with the answer to a person's next input (e.g. a staff reply waiting for a web member), taken
/// in the input's own transaction: when it commits they are delivered and marked so, together.
/// </summary>
public interface ITurnAddendum
{
    Task<IReadOnlyList<Reply>> TakeAsync(ConversationContext context, CancellationToken cancellationToken);
}
