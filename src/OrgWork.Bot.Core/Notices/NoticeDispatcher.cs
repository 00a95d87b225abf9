using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Notices;

/// <summary>
/// Sends posted notices on the channel that can message people (Telegram), batch by batch: a short transaction claims a
/// batch of recipients (a lease and a claim token, so instances never send the same batch at once), the batch is sent
/// with no transaction and no gate held (the channel keeps Telegram's rate limits and retries 429s), and another short
/// transaction records who got it. A crash leaves the claimed batch to be sent again once its lease lapses: at most that
/// batch is sent twice, and nothing is lost. Failed sends are retried after <see cref="NoticesOptions.RetryDelay"/>, up to
/// <see cref="NoticesOptions.MaxTelegramAttempts"/> tries; after that the member sees the notice with their next message.
/// </summary>
public sealed class NoticeDispatcher(
    IEnumerable<IBroadcastChannel> channels,
    IDbContextFactory<OrgWorkDbContext> contextFactory,
    IWriteGate writeGate,
    NoticeReplies replies,
    IOptions<NoticesOptions> options,
    TimeProvider time,
    ILogger<NoticeDispatcher> logger)
{
    private sealed record Claimed(long Id, long NoticeId, long LearnerId);

    /// <summary>The channel notices are pushed on; null when none can message people (no Telegram token).</summary>
    public IBroadcastChannel? Channel { get; } = channels.FirstOrDefault();

    /// <summary>Sends every batch this instance can claim now; returns how many recipients got their notice.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        if (Channel is not { } channel)
        {
            return 0;
        }

        var delivered = 0;
        while (true)
        {
            var token = Guid.NewGuid();
            var batch = await ClaimAsync(token, cancellationToken);
            if (batch.Count == 0)
            {
                return delivered;
            }

            var got = await SendAsync(channel, batch, cancellationToken);
            await RecordAsync(token, batch, got, cancellationToken);
            delivered += got.Count;
        }
    }

    private async Task<IReadOnlyList<Claimed>> ClaimAsync(Guid token, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + settings.Lease;
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pending = Pending(db.Set<NoticeRecipient>(), settings.MaxTelegramAttempts, now);
        var ids = await pending.OrderBy(r => r.Id).Select(r => r.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        // The same conditions again in the update: a row another instance claimed meanwhile is not taken (PostgreSQL
        // re-checks them on the locked row), and only rows carrying this pass's token are sent.
        await Pending(db.Set<NoticeRecipient>().Where(r => ids.Contains(r.Id)), settings.MaxTelegramAttempts, now)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.TelegramClaim, token)
                    .SetProperty(r => r.TelegramClaimedUntil, until)
                    .SetProperty(r => r.TelegramAttempts, r => r.TelegramAttempts + 1),
                cancellationToken);
        return await db.Set<NoticeRecipient>().AsNoTracking()
            .Where(r => r.TelegramClaim == token)
            .Select(r => new Claimed(r.Id, r.NoticeId, r.LearnerId))
            .ToListAsync(cancellationToken);
    }

    private static IQueryable<NoticeRecipient> Pending(IQueryable<NoticeRecipient> recipients, int maxAttempts, DateTime now) =>
        recipients.Where(r => r.ViaTelegram && r.TelegramDeliveredAt == null && r.ReadAt == null && r.TelegramAttempts < maxAttempts
            && (r.TelegramClaimedUntil == null || r.TelegramClaimedUntil < now));

    /// <summary>Sends each claimed recipient their notice; returns the recipients that got it on at least one of their accounts.</summary>
    private async Task<IReadOnlySet<long>> SendAsync(IBroadcastChannel channel, IReadOnlyList<Claimed> batch, CancellationToken cancellationToken)
    {
        Dictionary<long, Notice> notices;
        IReadOnlyDictionary<long, string> audiences;
        ILookup<long, long> aliases;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var noticeIds = batch.Select(c => c.NoticeId).Distinct().ToList();
            notices = await db.Set<Notice>().AsNoTracking().Where(n => noticeIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
            audiences = await NoticeReplies.AudiencesAsync(db, notices.Values, cancellationToken);
            var members = batch.Where(c => c.LearnerId <= 0).Select(c => c.LearnerId).Distinct().ToList();
            aliases = (await db.AccountAliases.AsNoTracking().Where(a => members.Contains(a.LearnerId) && a.AliasId > 0).ToListAsync(cancellationToken))
                .ToLookup(a => a.LearnerId, a => a.AliasId);
        }

        var delivered = new HashSet<long>();
        foreach (var group in batch.GroupBy(c => c.NoticeId))
        {
            var notice = notices[group.Key];

            // A roster member is reached at the Telegram accounts bound to them, never at their own (negative) learner id.
            var targets = group.ToDictionary(c => c, c => c.LearnerId > 0 ? [c.LearnerId] : aliases[c.LearnerId].ToArray());
            try
            {
                var reached = await channel.DeliverEachAsync(
                    [.. targets.Values.SelectMany(t => t).Distinct()], replies.Unread(notice, audiences[notice.Id]), cancellationToken);
                delivered.UnionWith(targets.Where(t => t.Value.Any(reached.Contains)).Select(t => t.Key.Id));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Sending notice {NoticeId} to {Count} members failed; it is tried again later", notice.Id, group.Count());
            }
        }

        return delivered;
    }

    private async Task RecordAsync(Guid token, IReadOnlyList<Claimed> batch, IReadOnlySet<long> delivered, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var retryAt = now + options.Value.RetryDelay;
        var got = delivered.ToList();
        var failed = batch.Select(c => c.Id).Where(id => !delivered.Contains(id)).ToList();
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<NoticeRecipient>().Where(r => r.TelegramClaim == token && got.Contains(r.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.TelegramDeliveredAt, now).SetProperty(r => r.TelegramClaimedUntil, (DateTime?)null).SetProperty(r => r.TelegramClaim, (Guid?)null),
            cancellationToken);
        await db.Set<NoticeRecipient>().Where(r => r.TelegramClaim == token && failed.Contains(r.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.TelegramClaimedUntil, retryAt).SetProperty(r => r.TelegramClaim, (Guid?)null),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (failed.Count > 0)
        {
            logger.LogInformation("Notices: {Delivered} delivered on Telegram, {Failed} to be tried again", got.Count, failed.Count);
        }
    }
}
