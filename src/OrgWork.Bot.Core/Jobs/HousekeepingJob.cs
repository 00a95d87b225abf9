using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Jobs;

/// <summary>Prunes the rows that only guard idempotency or are transient (<see cref="Housekeeper"/>), every <see cref="JobsOptions.HousekeepingInterval"/>.</summary>
public sealed class HousekeepingJob(Housekeeper housekeeper, IOptions<JobsOptions> options) : IMaintenanceJob
{
    public const string JobName = "housekeeping";

    public string Name => JobName;

    /// <summary>Whole intervals since the Unix epoch, so every instance computes the same occurrences.</summary>
    public DateTime LatestOccurrence(DateTime utcNow) => Schedule.LatestInterval(utcNow, options.Value.HousekeepingInterval);

    public Task RunAsync(DateTime utcNow, CancellationToken cancellationToken) => housekeeper.PruneAsync(utcNow, cancellationToken);
}
