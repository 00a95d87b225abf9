namespace OrgWork.Bot.Core.Conversation;

/// <summary>
/// A channel that can message people unprompted (reminders, <c>/broadcast</c>), within its platform's
/// rate limits. Recipients are user ids; each gets the reply in their private chat.
/// </summary>
public interface IBroadcastChannel
{
    /// <summary>The channel's name (<see cref="ChatInput.Channel"/>).</summary>
    string Channel { get; }

    Task<BroadcastReport> BroadcastAsync(IReadOnlyCollection<long> userIds, Reply reply, CancellationToken cancellationToken);
}
