using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation.Flood;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Jobs;

/// <summary>
/// Deletes, by age, the rows that exist only to make inputs apply once or are transient, so those tables stay the size
/// of their useful window:
/// <list type="bullet">
/// <item><c>ProcessedUpdates</c> (delivery ids such as <c>tg:123</c>, <c>web:ID:REQ</c>) older than
/// <see cref="JobsOptions.ProcessedUpdateRetention"/>: Telegram resends an update for at most 24 hours, and restarts its
/// update ids after a week without updates, so an id kept longer could make a new update look like a duplicate;</item>
/// <item><c>FloodWindows</c> whose window ended (a missing row counts the same as an expired one);</item>
/// <item><c>OutboxMessages</c> older than <see cref="JobsOptions.DeliveryRecordRetention"/>: replies that could not be sent
/// by then are no longer worth sending;</item>
/// <item><c>JobDeliveries</c> of runs completed before <see cref="JobsOptions.DeliveryRecordRetention"/> (who was messaged
/// matters only while a run may be resumed), and the completed runs of maintenance jobs themselves.</item>
/// </list>
/// Learning records, staged uploads and content versions are history, not idempotency, and are kept. Each batch is one
/// short statement under the write gate, entered per batch, so turns interleave with a long prune.
/// </summary>
public sealed class Housekeeper(
    IDbContextFactory<OrgWorkDbContext> contextFactory,
    IWriteGate writeGate,
    IOptions<JobsOptions> options,
    IOptions<FloodOptions> flood,
    ILogger<Housekeeper> logger)
{
    /// <summary>Allowance for clocks of instances that differ a little, before a flood window counts as ended.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    public async Task PruneAsync(DateTime utcNow, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var updatesBefore = utcNow - settings.ProcessedUpdateRetention;
        var windowsBefore = utcNow - flood.Value.Window - ClockSkew;
        var recordsBefore = utcNow - settings.DeliveryRecordRetention;
        var batch = settings.HousekeepingBatchSize;

        var updates = await DeleteInBatchesAsync(db => db.ProcessedUpdates.Where(u => u.ProcessedAt < updatesBefore).OrderBy(u => u.ProcessedAt).Take(batch), cancellationToken);
        var windows = await DeleteInBatchesAsync(db => db.FloodWindows.Where(w => w.StartedAt < windowsBefore).OrderBy(w => w.UserId).Take(batch), cancellationToken);
        var outbox = await DeleteInBatchesAsync(db => db.OutboxMessages.Where(m => m.CreatedAt < recordsBefore).OrderBy(m => m.CreatedAt).Take(batch), cancellationToken);
        var deliveries = await DeleteInBatchesAsync(
            db => db.JobDeliveries
                .Where(d => db.JobRuns.Any(r => r.Id == d.JobRunId && r.CompletedAt != null && r.CompletedAt < recordsBefore))
                .OrderBy(d => d.JobRunId).ThenBy(d => d.LearnerId).Take(batch),
            cancellationToken);
        var runs = await DeleteInBatchesAsync(
            db => db.JobRuns.Where(r => r.Job == HousekeepingJob.JobName && r.CompletedAt != null && r.CompletedAt < recordsBefore).OrderBy(r => r.Id).Take(batch),
            cancellationToken);
        logger.LogInformation(
            "Housekeeping removed {Updates} processed update ids, {Windows} flood windows, {Outbox} unsent outbox rows, {Deliveries} job delivery records, {Runs} housekeeping runs",
            updates, windows, outbox, deliveries, runs);
    }

    private async Task<int> DeleteInBatchesAsync<T>(Func<OrgWorkDbContext, IQueryable<T>> batchOf, CancellationToken cancellationToken)
    {
        var size = options.Value.HousekeepingBatchSize;
        var total = 0;
        int deleted;
        do
        {
            using (await writeGate.EnterAsync(cancellationToken))
            {
                await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
                deleted = await batchOf(db).ExecuteDeleteAsync(cancellationToken);
            }

            total += deleted;
        }
        while (deleted == size);

        return total;
    }
}
