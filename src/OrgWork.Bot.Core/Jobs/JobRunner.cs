using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Jobs;

/// <summary>
/// Runs the scheduled jobs that are due, each occurrence once across all instances: the instance that
/// inserts the occurrence's <see cref="JobRun"/> row runs it, recording who was messaged batch by batch and
/// renewing its lease; if it dies, another instance (or itself after a restart) takes the run over once the
/// lease lapses and messages only the people not yet recorded.
/// </summary>
public sealed class JobRunner(
    IDbContextFactory<OrgWorkDbContext> contextFactory,
    IEnumerable<IScheduledJob> jobs,
    IEnumerable<IMaintenanceJob> maintenanceJobs,
    IWriteGate writeGate,
    IOptions<JobsOptions> options,
    TimeProvider time,
    ILogger<JobRunner> logger)
{
    /// <summary>Who claims runs, as operators see it in the <c>JobRuns</c> table and the logs.</summary>
    public static string InstanceName { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Runs every due occurrence this instance can claim; returns how many runs it completed.</summary>
    public async Task<int> RunDueAsync(IBroadcastChannel channel, CancellationToken cancellationToken)
    {
        var completed = 0;
        foreach (var job in jobs)
        {
            if (await ClaimDueAsync(job.Name, job.LatestOccurrence, cancellationToken) is (var runId, var occurrence, _))
            {
                await RunAsync(job, runId, occurrence, channel, cancellationToken);
                completed++;
            }
        }

        return completed;
    }

    /// <summary>Runs every due maintenance occurrence (<see cref="IMaintenanceJob"/>) this instance can claim; returns how many it completed.</summary>
    public async Task<int> RunDueMaintenanceAsync(CancellationToken cancellationToken)
    {
        var completed = 0;
        foreach (var job in maintenanceJobs)
        {
            if (await ClaimDueAsync(job.Name, job.LatestOccurrence, cancellationToken) is (var runId, _, var now))
            {
                await job.RunAsync(now, cancellationToken);
                await CompleteAsync(runId, cancellationToken);
                logger.LogInformation("{Run} done", runId);
                completed++;
            }
        }

        return completed;
    }

    /// <summary>
    /// The run of a job's latest occurrence, when it is still within the catch-up window and this instance claimed it;
    /// null when it is too old or another instance has it.
    /// </summary>
    private async Task<(string RunId, DateTime Occurrence, DateTime Now)?> ClaimDueAsync(
        string name, Func<DateTime, DateTime> latestOccurrence, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var occurrence = latestOccurrence(now);
        if (now - occurrence > options.Value.CatchUpWindow)
        {
            return null;
        }

        var runId = $"{name}:{occurrence:yyyy-MM-ddTHH:mm}Z";
        return await TryClaimAsync(runId, name, occurrence, cancellationToken) ? (runId, occurrence, now) : null;
    }

    private async Task<bool> TryClaimAsync(string runId, string job, DateTime occurrence, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.JobRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (existing is null)
        {
            db.JobRuns.Add(new JobRun { Id = runId, Job = job, ScheduledFor = occurrence, ClaimedBy = InstanceName, ClaimedUntil = now + options.Value.Lease });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Running {Run} on {Instance}", runId, InstanceName);
                return true;
            }
            catch (DbUpdateException)
            {
                logger.LogDebug("Run {Run} was claimed by another instance first", runId);
                return false;
            }
        }

        if (existing.CompletedAt is not null || existing.ClaimedUntil >= now)
        {
            return false;
        }

        var taken = await db.JobRuns
            .Where(r => r.Id == runId && r.CompletedAt == null && r.ClaimedUntil == existing.ClaimedUntil)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedBy, InstanceName).SetProperty(r => r.ClaimedUntil, now + options.Value.Lease), cancellationToken);
        if (taken == 1)
        {
            logger.LogWarning("Resuming {Run}, left unfinished by {Instance}", runId, existing.ClaimedBy);
        }

        return taken == 1;
    }

    private async Task RunAsync(IScheduledJob job, string runId, DateTime occurrence, IBroadcastChannel channel, CancellationToken cancellationToken)
    {
        IReadOnlyList<long> recipients;
        IReadOnlyList<Reply> messages;
        HashSet<long> done;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            recipients = await job.RecipientsAsync(db, occurrence, cancellationToken);
            done = [.. await db.JobDeliveries.Where(d => d.JobRunId == runId).Select(d => d.LearnerId).ToListAsync(cancellationToken)];
            messages = recipients.Count > done.Count ? await job.MessagesAsync(db, occurrence, cancellationToken) : [];
        }

        var pending = recipients.Where(id => !done.Contains(id)).ToList();
        var delivered = 0;
        foreach (var batch in pending.Chunk(options.Value.BatchSize))
        {
            for (var i = 0; i < messages.Count; i++)
            {
                var report = await channel.BroadcastAsync(batch, messages[i], cancellationToken);
                delivered += i == 0 ? report.Delivered : 0;
            }

            await RecordBatchAsync(runId, batch, cancellationToken);
        }

        await CompleteAsync(runId, cancellationToken);
        logger.LogInformation("{Run} done: {Recipients} recipients, {Pending} messaged now, {Delivered} delivered", runId, recipients.Count, pending.Count, delivered);
    }

    private async Task RecordBatchAsync(string runId, long[] batch, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.JobDeliveries.AddRange(batch.Select(id => new JobDelivery { JobRunId = runId, LearnerId = id, SentAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        await db.JobRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.ClaimedUntil, now + options.Value.Lease).SetProperty(r => r.Delivered, r => r.Delivered + batch.Length),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task CompleteAsync(string runId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.JobRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.CompletedAt, now), cancellationToken);
    }
}
