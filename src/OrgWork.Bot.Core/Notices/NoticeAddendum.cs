using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Notices;

/// <summary>
/// Unread notices that come with the answer to the member's next input, once per channel: on the web chat and in the
/// terminal those not shown there yet; on a channel that can push (Telegram) only those the dispatcher will not send —
/// the member had no Telegram account when the notice was posted, or every try failed. Marked in the turn's transaction.
/// </summary>
public sealed class NoticeAddendum(NoticeBoard board, NoticeReplies replies, IEnumerable<IBroadcastChannel> channels) : ITurnAddendum
{
    /// <summary>The web chat's channel name (the host's <c>WebChannel.ChannelName</c>).</summary>
    public const string WebChannel = "web";

    public async Task<IReadOnlyList<Reply>> TakeAsync(ConversationContext context, CancellationToken cancellationToken)
    {
        var channel = context.Input.Channel;
        var notices = channels.Any(c => c.Channel == channel)
            ? await board.TakeMissedOnPushAsync(context.Db, context.Learner.Id, context.UtcNow, cancellationToken)
            : await board.TakeUnshownAsync(context.Db, context.Learner.Id, channel == WebChannel, context.UtcNow, cancellationToken);
        if (notices.Count == 0)
        {
            return [];
        }

        var audiences = await NoticeReplies.AudiencesAsync(context.Db, notices, cancellationToken);
        return [.. notices.Select(n => replies.Unread(n, audiences[n.Id]))];
    }
}
