using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Jobs;

/// <summary>Prunes the rows that only guard idempotency or are transient (<see cref="Housekeeper"/>), every <see cref="JobsOptions.HousekeepingInterval"/>.</summary>
public sealed class HousekeepingJob(Housekeeper housekeeper, IOptions<JobsOptions> options) : IMaintenanceJob
{
    public const string JobName = "housekeeping";

    public string Name => JobName;

    /// <summary>Whole intervals since the Unix epoch, so every instance computes the same occurrences.</summary>
    public DateTime LatestOccurrence(DateTime utcNow)
    {
        var interval = options.Value.HousekeepingInterval.Ticks;
        var sinceEpoch = utcNow.Ticks - DateTime.UnixEpoch.Ticks;
        return new DateTime(DateTime.UnixEpoch.Ticks + (sinceEpoch - (sinceEpoch % interval)), DateTimeKind.Utc);
    }

    public Task RunAsync(DateTime utcNow, CancellationToken cancellationToken) => housekeeper.PruneAsync(utcNow, cancellationToken);
}
