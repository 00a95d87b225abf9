using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Knowledge.Feedback;

/// <summary>
/// Sends notices at once on channels that can message people unprompted (Telegram), after the staff input committed,
/// outside every transaction; each one sent is marked delivered in its own short transaction. A notice whose sending
/// failed, or was cut short by a crash, stays pending and comes with the member's next reply.
/// </summary>
public sealed class NoticePusher(
    IEnumerable<IBroadcastChannel> channels, IDbContextFactory<OrgWorkDbContext> contextFactory, IWriteGate writeGate, TimeProvider time, ILogger<NoticePusher> logger)
{
    public async Task PushAsync(IReadOnlyList<MemberNotice> notices, CancellationToken cancellationToken)
    {
        foreach (var notice in notices)
        {
            if (channels.FirstOrDefault(c => c.Channel == notice.Channel) is not { } channel)
            {
                continue;
            }

            try
            {
                var report = await channel.BroadcastAsync([notice.MemberId], ReplyFactory.Plain(notice.Text), cancellationToken);
                if (report.Delivered == 0)
                {
                    continue;
                }

                using (await writeGate.EnterAsync(cancellationToken))
                {
                    await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
                    var now = time.GetUtcNow().UtcDateTime;
                    await db.Set<MemberNotice>().Where(n => n.Id == notice.Id && n.DeliveredAt == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(n => n.DeliveredAt, now), cancellationToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Pushing notice {NoticeId} to member {MemberId} on {Channel} failed; it waits for their next message", notice.Id, notice.MemberId, notice.Channel);
            }
        }
    }
}
