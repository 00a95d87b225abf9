using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Storage;

namespace OrgWork.Bot.Core.Knowledge.Feedback;

/// <summary>
/// Staff replies not yet delivered to a member on the channel they are writing on come with the answer to their next
/// input (the web chat and the terminal have no way to push; Telegram gets them at once and this catches a push lost to
/// a crash). Marked delivered in the same transaction, so they are shown once.
/// </summary>
public sealed class PendingNotices : ITurnAddendum
{
    public async Task<IReadOnlyList<Reply>> TakeAsync(ConversationContext context, CancellationToken cancellationToken)
    {
        var memberId = context.Learner.Id;
        var channel = context.Input.Channel;
        var pending = await context.Db.Set<MemberNotice>()
            .Where(n => n.MemberId == memberId && n.Channel == channel && n.DeliveredAt == null)
            .OrderBy(n => n.Id).ToListAsync(cancellationToken);
        foreach (var notice in pending)
        {
            notice.DeliveredAt = context.UtcNow;
        }

        return [.. pending.Select(n => ReplyFactory.Plain(n.Text))];
    }
}
