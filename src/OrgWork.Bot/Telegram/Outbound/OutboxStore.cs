using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>
/// Reads and settles the Telegram rows of the outbox. Settling is a group commit: a sender queues its row
/// and takes the write gate; whoever holds the gate deletes every queued row in one transaction, so under
/// load many sent batches cost one write instead of one each.
/// </summary>
public sealed class OutboxStore(IDbContextFactory<OrgWorkDbContext> contextFactory, IWriteGate writeGate)
{
    private readonly ConcurrentQueue<(string DeliveryId, string ChatId)> _sent = new();

    /// <summary>
    /// Rows whose claim has lapsed at <paramref name="now"/> (or every row, when <paramref name="ignoreClaims"/>),
    /// oldest first.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> PendingAsync(
        DateTime now, bool ignoreClaims, int maxFailedAttempts, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Channel == TelegramChannel.Name && m.CreatedAt <= now && m.FailedAttempts < maxFailedAttempts)
            .Where(m => ignoreClaims || m.ClaimedUntil == null || m.ClaimedUntil < now)
            .OrderBy(m => m.CreatedAt)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Takes <paramref name="row"/> for sending until <paramref name="until"/>, if it is still there and its
    /// claim is still the one read (so of two instances recovering at once, exactly one gets it).
    /// </summary>
    public async Task<bool> TryClaimAsync(OutboxMessage row, DateTime until, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var claimed = await db.OutboxMessages
            .Where(m => m.DeliveryId == row.DeliveryId && m.ChatId == row.ChatId && m.ClaimedUntil == row.ClaimedUntil)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, until), cancellationToken);
        return claimed == 1;
    }

    /// <summary>Records how sending went: a finished batch is deleted, a failed one keeps only what is left.</summary>
    public async Task SettleAsync(string deliveryId, long chatId, IReadOnlyList<OutboundOperation> operations, SendReport report, CancellationToken cancellationToken)
    {
        var chat = chatId.ToString(CultureInfo.InvariantCulture);
        if (report.Outcome != SendOutcome.Failed)
        {
            _sent.Enqueue((deliveryId, chat));
        }

        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        while (_sent.TryDequeue(out var sent))
        {
            // Usually this row alone; under load also rows other senders queued while waiting for the gate.
            await db.OutboxMessages.Where(m => m.DeliveryId == sent.DeliveryId && m.ChatId == sent.ChatId).ExecuteDeleteAsync(cancellationToken);
        }

        if (report.Outcome == SendOutcome.Failed)
        {
            var rest = OutboxPayload.Serialize(operations.Skip(report.Sent).ToList());
            await db.OutboxMessages.Where(m => m.DeliveryId == deliveryId && m.ChatId == chat).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Payload, rest).SetProperty(m => m.FailedAttempts, m => m.FailedAttempts + 1),
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
