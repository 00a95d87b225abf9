using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Jobs;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Exams;

/// <summary>
/// Collects the papers of sittings whose time ran out without 交卷 (the member closed the chat, lost the connection):
/// each is scored as timed out at its deadline, in its own short transaction, so results, reports and certificates do
/// not wait for the member to come back. Safe to run again and on several instances: a sitting ends once.
/// </summary>
public sealed class ExamCollectionJob(
    IDbContextFactory<OrgWorkDbContext> contextFactory,
    IWriteGate writeGate,
    CatalogueStore catalogue,
    ExamCompletion completion,
    IOptions<JobsOptions> options,
    ILogger<ExamCollectionJob> logger) : IMaintenanceJob
{
    private const int BatchSize = 200;

    public string Name => "exam-collection";

    public DateTime LatestOccurrence(DateTime utcNow) => Schedule.LatestInterval(utcNow, options.Value.ExamCollectionInterval);

    public async Task RunAsync(DateTime utcNow, CancellationToken cancellationToken)
    {
        var collected = 0;
        while (await CollectBatchAsync(utcNow, cancellationToken) is var count and > 0)
        {
            collected += count;
        }

        if (collected > 0)
        {
            logger.LogInformation("Collected {Count} exam papers whose time ran out", collected);
        }
    }

    private async Task<int> CollectBatchAsync(DateTime utcNow, CancellationToken cancellationToken)
    {
        using var entered = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var expired = await db.ExamSittings.Where(s => s.EndedAt == null && s.DeadlineAt <= utcNow)
            .OrderBy(s => s.DeadlineAt).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var sitting in expired)
        {
            await ExamGrader.EndAsync(db, sitting, ExamEnding.TimedOut, sitting.DeadlineAt, cancellationToken);
            await completion.CompleteAsync(db, sitting, catalogue.Current.FindExam(sitting.ExamSlug), utcNow, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return expired.Count;
    }
}
