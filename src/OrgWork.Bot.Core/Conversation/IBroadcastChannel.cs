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

    /// <summary>
    /// Like <see cref="BroadcastAsync"/>, but says who got the message, for senders that record delivery per person
    /// (notices). This default sends to one person at a time; channels that can do better override it.
    /// </summary>
    async Task<IReadOnlySet<long>> DeliverEachAsync(IReadOnlyCollection<long> userIds, Reply reply, CancellationToken cancellationToken)
    {
        var delivered = new HashSet<long>();
        foreach (var userId in userIds)
        {
            if ((await BroadcastAsync([userId], reply, cancellationToken)).Delivered > 0)
            {
                delivered.Add(userId);
            }
        }

        return delivered;
    }
}
