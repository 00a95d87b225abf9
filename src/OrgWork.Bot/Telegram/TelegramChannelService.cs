using Microsoft.Extensions.Options;
using OrgWork.Bot.Telegram.Inbound;
using OrgWork.Bot.Telegram.Outbound;

namespace OrgWork.Bot.Telegram;

/// <summary>
/// The channel's life: start-up calls, then what the outbox kept from before a restart, then long polling
/// (or, with a webhook, nothing but the periodic resend of batches whose retries ran out). On stop it
/// lets committed work finish and confirms the offset.
/// </summary>
public sealed class TelegramChannelService(
    TelegramBootstrapper bootstrapper,
    OutboxRecovery recovery,
    UpdatePoller poller,
    UpdateDispatcher inbound,
    ReplyDispatcher outbound,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramChannelService> logger) : BackgroundService
{
    private static readonly TimeSpan ResendInterval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ResendMinimumAge = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await bootstrapper.RunAsync(stoppingToken);
            await recovery.ResendAsync(TimeSpan.Zero, stoppingToken);
            List<Task> loops = [ResendPeriodicallyAsync(stoppingToken)];
            if (!options.Value.UsesWebhook)
            {
                loops.Add(poller.RunAsync(stoppingToken));
            }

            await Task.WhenAll(loops);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await inbound.WhenIdleAsync(cancellationToken);
            if (!options.Value.UsesWebhook)
            {
                await poller.ConfirmAsync(cancellationToken);
            }

            await outbound.WhenIdleAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Stopped before all replies were sent; the outbox sends them after the restart");
        }
    }

    private async Task ResendPeriodicallyAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(ResendInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await recovery.ResendAsync(ResendMinimumAge, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Resending from the outbox failed; trying again in {Interval}", ResendInterval);
            }
        }
    }
}
