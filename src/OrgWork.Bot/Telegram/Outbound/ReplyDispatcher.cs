using Microsoft.Extensions.Options;
using OrgWork.Bot.Telegram.Dispatch;

namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>
/// Sends batches in order per chat and concurrently across chats, so a chat waiting out a rate limit or a
/// slow connection holds up only itself. A batch from the outbox is settled there once sent.
/// </summary>
public sealed class ReplyDispatcher : IAsyncDisposable
{
    private readonly KeyedDispatcher<long> _dispatcher;
    private readonly TelegramSender _sender;
    private readonly OutboxStore _outbox;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _inFlight = [];

    public ReplyDispatcher(TelegramSender sender, OutboxStore outbox, IOptions<TelegramOptions> options, ILogger<ReplyDispatcher> logger)
    {
        _sender = sender;
        _outbox = outbox;
        _dispatcher = new KeyedDispatcher<long>(options.Value.MaxConcurrentSends, capacity: 100_000, logger);
    }

    public int Pending => _dispatcher.Pending;

    /// <summary>Claims a delivery's outbox rows for the live path, so recovery does not send them too.</summary>
    public bool TryClaim(string deliveryId)
    {
        lock (_gate)
        {
            return _inFlight.Add(deliveryId);
        }
    }

    public void Release(string deliveryId)
    {
        lock (_gate)
        {
            _inFlight.Remove(deliveryId);
        }
    }

    /// <summary>Queues a batch; with a <paramref name="deliveryId"/>, its outbox row is settled after sending.</summary>
    public ValueTask EnqueueAsync(string? deliveryId, OutboundBatch batch, CancellationToken cancellationToken, Action? whenDone = null) =>
        _dispatcher.EnqueueAsync(batch.ChatId, async ct =>
        {
            try
            {
                var report = await _sender.SendAsync(batch.ChatId, batch.Operations, ct);
                if (deliveryId is not null)
                {
                    await _outbox.SettleAsync(deliveryId, batch.ChatId, batch.Operations, report, ct);
                }
            }
            finally
            {
                whenDone?.Invoke();
            }
        }, cancellationToken);

    /// <summary>Queues the answer to a button press ahead of the replies to the same chat.</summary>
    public ValueTask EnqueueAnswerAsync(long chatId, string callbackQueryId, string? text, CancellationToken cancellationToken) =>
        _dispatcher.EnqueueAsync(chatId, ct => _sender.AnswerButtonAsync(callbackQueryId, text, ct), cancellationToken);

    public Task WhenIdleAsync(CancellationToken cancellationToken) => _dispatcher.WhenIdleAsync(cancellationToken);

    public ValueTask DisposeAsync() => _dispatcher.DisposeAsync();
}
