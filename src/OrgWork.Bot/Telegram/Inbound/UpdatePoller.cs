using Microsoft.Extensions.Options;
using OrgWork.Bot.Telegram.Outbound;
using Telegram.Bot;

namespace OrgWork.Bot.Telegram.Inbound;

/// <summary>
/// Long polling. The offset sent to Telegram only ever confirms committed updates (see
/// <see cref="OffsetTracker"/>); updates redelivered while an earlier one still runs are skipped.
/// </summary>
public sealed class UpdatePoller(
    ITelegramBotClient bot,
    UpdateDispatcher inbound,
    OffsetTracker offsets,
    TelegramResilience resilience,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<UpdatePoller> logger)
{
    private const int BatchLimit = 100;

    // Telegram hands running updates back on every poll, so the next poll waits for the batch to commit
    // (milliseconds: replies are sent separately). A slow update holds the others back at most this long;
    // after that polls go on, skipping what is already taken.
    private static readonly TimeSpan SlowUpdateDelay = TimeSpan.FromMilliseconds(100);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Long polling started");
        while (!cancellationToken.IsCancellationRequested)
        {
            var running = offsets.RunningCount;
            var timeout = running == 0 ? options.Value.PollingTimeoutSeconds : 0;
            var offset = offsets.NextOffset;
            var updates = await resilience.Receiving.ExecuteAsync(
                async ct => await bot.GetUpdates(offset, BatchLimit, timeout, TelegramChannel.AllowedUpdates, ct),
                cancellationToken);

            foreach (var update in updates)
            {
                if (!offsets.TryStart(update.Id))
                {
                    continue;
                }

                var id = update.Id;
                await inbound.EnqueueAsync(update, failure => Finish(id, failure), cancellationToken);
            }

            await offsets.WaitForAllAsync(SlowUpdateDelay, time, cancellationToken);
        }
    }

    /// <summary>Confirms everything committed so far, so a restart does not receive it again.</summary>
    public async Task ConfirmAsync(CancellationToken cancellationToken)
    {
        try
        {
            await bot.GetUpdates(offsets.NextOffset, limit: 1, timeout: 0, TelegramChannel.AllowedUpdates, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogInformation(ex, "Could not confirm the last updates; they will be redelivered and recognised as processed");
        }
    }

    private void Finish(int updateId, Exception? failure)
    {
        if (failure is OperationCanceledException)
        {
            // Shutting down mid-update: left unconfirmed, so it is delivered again after the restart.
            return;
        }

        if (failure is not null)
        {
            logger.LogError(failure, "Update {UpdateId} could not be processed; skipping it", updateId);
        }

        offsets.Complete(updateId);
    }
}
