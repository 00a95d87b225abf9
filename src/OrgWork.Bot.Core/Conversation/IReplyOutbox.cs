using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Conversation;

/// <summary>
/// Lets a channel store what it is about to send in the same transaction as an input's effects, so a crash
/// between the commit and the sending loses no answer: whatever is still in the outbox after a restart is
/// sent then. The engine calls it only for inputs with a <see cref="ChatInput.DeliveryId"/>, and only the
/// outbox whose <see cref="Channel"/> matches the input's.
/// </summary>
public interface IReplyOutbox
{
    /// <summary>The channel whose inputs this outbox journals (<see cref="ChatInput.Channel"/>).</summary>
    string Channel { get; }

    /// <summary>Adds <see cref="OutboxMessage"/> rows to <paramref name="db"/>; the engine saves and commits them.</summary>
    void Stage(ChatInput input, ConversationResult result, OrgWorkDbContext db, DateTime utcNow);
}
