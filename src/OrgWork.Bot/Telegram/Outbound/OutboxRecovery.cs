using System.Globalization;
using Microsoft.Extensions.Options;

namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>
/// Sends what the outbox still holds: at start-up, replies committed before a crash; later, batches whose
/// retries ran out while Telegram was unreachable. Rows stay with the live send that committed them until its
/// lease (<see cref="TelegramOptions.OutboxLease"/>) lapses, so with several instances each row is sent by one.
/// </summary>
public sealed class OutboxRecovery(
    OutboxStore outbox,
    ReplyDispatcher queue,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<OutboxRecovery> logger)
{
    public const int MaxFailedAttempts = 10;
    private const int BatchSize = 500;

    /// <summary>
    /// Queues rows that no live send holds, in this process or (by their lease) in another instance; returns
    /// how many. <paramref name="ignoreClaims"/> is for the start of a single-instance service, when every
    /// claim in the database is a previous run's.
    /// </summary>
    public async Task<int> ResendAsync(bool ignoreClaims, CancellationToken cancellationToken)
    {
        var queued = 0;
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await outbox.PendingAsync(now, ignoreClaims, MaxFailedAttempts, BatchSize, cancellationToken);
        foreach (var row in rows)
        {
            var claim = $"{row.DeliveryId}|{row.ChatId}";
            if (!queue.TryClaim(claim))
            {
                continue;
            }

            if (!await outbox.TryClaimAsync(row, now + options.Value.OutboxLease, cancellationToken))
            {
                queue.Release(claim);
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
