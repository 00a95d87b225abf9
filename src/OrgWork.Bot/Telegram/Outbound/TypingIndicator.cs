using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>
/// Shows "typing…" in a chat while a turn waits on slow work: Telegram shows a chat action for about five seconds, so
/// it is sent again every few seconds until the turn ends. Best effort: a failed chat action is only logged.
/// </summary>
public sealed class TypingIndicator(ITelegramBotClient bot, TimeProvider time, ILogger<TypingIndicator> logger)
{
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(4);

    /// <summary>Starts showing typing in <paramref name="chatId"/>; disposing the result stops it.</summary>
    public IAsyncDisposable Start(long chatId, CancellationToken cancellationToken)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var loop = RunAsync(chatId, stop.Token);
        return new Running(stop, loop);
    }

    private async Task RunAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await bot.SendChatAction(chatId, ChatAction.Typing, cancellationToken: cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogDebug(ex, "Could not show typing in chat {ChatId}", chatId);
                }

                await Task.Delay(Renewal, time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn ended.
        }
    }

    private sealed class Running(CancellationTokenSource stop, Task loop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await loop;
            stop.Dispose();
        }
    }
}
