using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Telegram.Inbound;
using OrgWork.Bot.Telegram.Outbound;

namespace OrgWork.Bot.Telegram;

/// <summary>
/// The channel's life: start-up calls, then what the outbox kept from before a restart, then long polling
/// by the one instance that wins the poller election (or, with a webhook, nothing but the periodic resend
/// of batches whose retries ran out or whose instance died). On stop it
/// lets committed work finish and confirms the offset.
/// </summary>
public sealed class TelegramChannelService(
    TelegramBootstrapper bootstrapper,
    OutboxRecovery recovery,
    UpdatePoller poller,
    PollerElection election,
    UpdateDispatcher inbound,
    ReplyDispatcher outbound,
    IOptions<TelegramOptions> options,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<TelegramChannelService> logger) : BackgroundService
{
    private static readonly TimeSpan ResendInterval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await bootstrapper.RunAsync(stoppingToken);
            // One instance on SQLite: whatever the outbox holds now, a previous run left. Several on PostgreSQL:
            // a row may be another live instance's, so only lapsed claims are taken.
            await recovery.ResendAsync(ignoreClaims: storage.Value.Provider == StorageProvider.Sqlite, stoppingToken);
            List<Task> loops = [ResendPeriodicallyAsync(stoppingToken)];
            if (!options.Value.UsesWebhook)
            {
                loops.Add(election.RunAsync(poller.RunAsync, stoppingToken));
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
            if (!options.Value.UsesWebhook && election.IsLeader)
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
                await recovery.ResendAsync(ignoreClaims: false, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Resending from the outbox failed; trying again in {Interval}", ResendInterval);
            }
        }
    }
}
