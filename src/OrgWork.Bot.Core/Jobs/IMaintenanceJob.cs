namespace OrgWork.Bot.Core.Jobs;

/// <summary>
/// Work on the service's own data on a schedule (no messages, so no channel needed), once per occurrence across all
/// instances, claimed through the same <c>JobRuns</c> row as <see cref="IScheduledJob"/>s. It must be safe to run
/// again after a crash (a run whose lease lapsed is taken over and run whole).
/// </summary>
public interface IMaintenanceJob
{
    /// <summary>A short stable name; part of each run's key.</summary>
    string Name { get; }

    /// <summary>The latest scheduled moment (UTC) at or before <paramref name="utcNow"/>.</summary>
    DateTime LatestOccurrence(DateTime utcNow);

    Task RunAsync(DateTime utcNow, CancellationToken cancellationToken);
}
