using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Hosting;

namespace OrgWork.Bot.Core.Jobs;

/// <summary>
/// Checks for due jobs once the service serves (an occurrence missed while the service was down still runs, within
/// <see cref="JobsOptions.CatchUpWindow"/>) and then every <see cref="JobsOptions.CheckInterval"/>. Maintenance jobs
/// (housekeeping) always run; the jobs that message people need a channel that can (Telegram) and are off without one.
/// </summary>
public sealed class JobScheduler(
    JobRunner runner,
    IEnumerable<IBroadcastChannel> channels,
    IOptions<JobsOptions> options,
    TimeProvider time,
    StartupPhase startup,
    ILogger<JobScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Scheduled jobs are off (Jobs:Enabled=false)");
            return;
        }

        var channel = channels.FirstOrDefault();
        if (channel is null)
        {
            logger.LogInformation("Scheduled messages (reminders, weekly report) are off: no channel can message people (set Telegram:Token); housekeeping still runs");
        }

        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        await startup.RunWhenServing("first check for due jobs", ct => RunDueAsync(channel, ct), logger, stoppingToken);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunDueAsync(channel, stoppingToken);
        }
    }

    private async Task RunDueAsync(IBroadcastChannel? channel, CancellationToken cancellationToken)
    {
        await RunSafelyAsync(() => runner.RunDueMaintenanceAsync(cancellationToken));
        if (channel is not null)
        {
            await RunSafelyAsync(() => runner.RunDueAsync(channel, cancellationToken));
        }
    }

    /// <summary>One kind of job failing (a database hiccup, a channel down) never stops the other or the next check.</summary>
    private async Task RunSafelyAsync(Func<Task<int>> run)
    {
        try
        {
            await run();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Running scheduled jobs failed; trying again in {Interval}", options.Value.CheckInterval);
        }
    }
}
