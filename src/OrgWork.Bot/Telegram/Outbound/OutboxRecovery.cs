using System.Globalization;

namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>
/// Sends what the outbox still holds: at start-up, replies committed before a crash; later, batches whose
/// retries ran out while Telegram was unreachable. Fresh rows are left to the live path that wrote them.
/// </summary>
public sealed class OutboxRecovery(OutboxStore outbox, ReplyDispatcher queue, TimeProvider time, ILogger<OutboxRecovery> logger)
{
    public const int MaxFailedAttempts = 10;
    private const int BatchSize = 500;

    /// <summary>Queues rows older than <paramref name="minimumAge"/> that no live send holds; returns how many.</summary>
    public async Task<int> ResendAsync(TimeSpan minimumAge, CancellationToken cancellationToken)
    {
        var queued = 0;
        var olderThan = time.GetUtcNow().UtcDateTime - minimumAge;
        var rows = await outbox.PendingAsync(olderThan, MaxFailedAttempts, BatchSize, cancellationToken);
        foreach (var row in rows)
        {
            var claim = $"{row.DeliveryId}|{row.ChatId}";
            if (!queue.TryClaim(claim))
            {
                continue;
            }

            var batch = new OutboundBatch(long.Parse(row.ChatId, CultureInfo.InvariantCulture), OutboxPayload.Deserialize(row.Payload));
            await queue.EnqueueAsync(row.DeliveryId, batch, cancellationToken, () => queue.Release(claim));
            queued++;
        }

        if (queued > 0)
        {
            logger.LogInformation("Resending {Count} reply batches left in the outbox", queued);
        }

        return queued;
    }
}
