using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Jobs;

/// <summary>
/// Checks for due jobs at start-up (an occurrence missed while the service was down still runs, within
/// <see cref="JobsOptions.CatchUpWindow"/>) and then every <see cref="JobsOptions.CheckInterval"/>. Jobs
/// message people, so they need a channel that can (Telegram); without one they are off.
/// </summary>
public sealed class JobScheduler(
    JobRunner runner,
    IEnumerable<IBroadcastChannel> channels,
    IOptions<JobsOptions> options,
    TimeProvider time,
    ILogger<JobScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Scheduled jobs are off (Jobs:Enabled=false)");
            return;
        }

        if (channels.FirstOrDefault() is not { } channel)
        {
            logger.LogInformation("Scheduled jobs (reminders, weekly report) are off: no channel can message people (set Telegram:Token)");
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        do
        {
            try
            {
                await runner.RunDueAsync(channel, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Running scheduled jobs failed; trying again in {Interval}", options.Value.CheckInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
