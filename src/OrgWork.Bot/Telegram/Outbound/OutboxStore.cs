using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>Reads and settles the Telegram rows of the outbox.</summary>
public sealed class OutboxStore(IDbContextFactory<OrgWorkDbContext> contextFactory, IWriteGate writeGate)
{
    /// <summary>Rows older than <paramref name="olderThan"/>, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> PendingAsync(DateTime olderThan, int maxFailedAttempts, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Channel == TelegramChannel.Name && m.CreatedAt < olderThan && m.FailedAttempts < maxFailedAttempts)
            .OrderBy(m => m.CreatedAt)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Records how sending went: a finished batch is deleted, a failed one keeps only what is left.</summary>
    public async Task SettleAsync(string deliveryId, long chatId, IReadOnlyList<OutboundOperation> operations, SendReport report, CancellationToken cancellationToken)
    {
        var chat = chatId.ToString(CultureInfo.InvariantCulture);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = db.OutboxMessages.Where(m => m.DeliveryId == deliveryId && m.ChatId == chat);
        if (report.Outcome != SendOutcome.Failed)
        {
            await row.ExecuteDeleteAsync(cancellationToken);
            return;
        }

        var rest = OutboxPayload.Serialize(operations.Skip(report.Sent).ToList());
        await row.ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Payload, rest).SetProperty(m => m.FailedAttempts, m => m.FailedAttempts + 1),
            cancellationToken);
    }
}
