using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Hosting;

namespace OrgWork.Bot.Core.Notices;

/// <summary>
/// Runs the <see cref="NoticeDispatcher"/> once the service serves (what a restart left unsent goes out), whenever a notice is posted on
/// this instance, and every <see cref="NoticesOptions.DispatchInterval"/> (posts of other instances, retries). Off when no
/// channel can message people.
/// </summary>
public sealed class NoticeDispatchService(
    NoticeDispatcher dispatcher, NoticeSignal signal, IOptions<NoticesOptions> options, TimeProvider time, StartupPhase startup,
    ILogger<NoticeDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (dispatcher.Channel is null)
        {
            logger.LogInformation("Notices are not pushed: no channel can message people (set Telegram:Token); members see them in the web chat and the terminal");
            return;
        }

        await startup.WhenServingAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Sending notices failed; trying again in {Interval}", options.Value.DispatchInterval);
            }

            await signal.WaitAsync(options.Value.DispatchInterval, time, stoppingToken);
        }
    }
}
