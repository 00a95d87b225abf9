using OrgWork.Bot.Core.Hosting;

namespace OrgWork.Bot.Hosting;

/// <summary>
/// Opens the <see cref="StartupPhase"/> when the host listens and, once the work deferred to it has settled, runs one
/// aggressive garbage collection, so that the idle service hands back to the system what start-up left behind (the
/// segmenter's dictionary text, the first queries, the policy index build): about 30 MB on the shipped content
/// (docs/benchmarks.md, "Start-up").
/// </summary>
public sealed class StartupCompletion(StartupPhase phase, IHostApplicationLifetime lifetime, ILogger<StartupCompletion> logger) : BackgroundService
{
    /// <summary>Start-up work that has not settled by then (a slow embedding service, say) is not waited for.</summary>
    private static readonly TimeSpan SettleDeadline = TimeSpan.FromMinutes(2);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(phase.MarkServing);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await phase.WhenSettledAsync(stoppingToken).WaitAsync(SettleDeadline, stoppingToken);
        }
        catch (TimeoutException)
        {
            logger.LogWarning("Start-up work has not settled within {Deadline}; the start-up garbage stays until the next collection", SettleDeadline);
            return;
        }

        var before = Environment.WorkingSet;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        logger.LogInformation(
            "Start-up settled {Milliseconds} ms after the process started; working set {Before} MiB, {After} MiB after handing back start-up garbage",
            (long)StartupTimeline.SinceProcessStart().TotalMilliseconds, before / Mebibyte, Environment.WorkingSet / Mebibyte);
    }

    private const long Mebibyte = 1024 * 1024;
}
