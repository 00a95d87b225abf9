using Microsoft.Extensions.Options;
using OrgWork.Bot.Telegram.Dispatch;
using Telegram.Bot.Types;

namespace OrgWork.Bot.Telegram.Inbound;

/// <summary>Runs updates in order per chat and concurrently across chats, whether they came by polling or webhook.</summary>
public sealed class UpdateDispatcher : IAsyncDisposable
{
    private readonly KeyedDispatcher<long> _dispatcher;
    private readonly UpdateProcessor _processor;

    public UpdateDispatcher(UpdateProcessor processor, IOptions<TelegramOptions> options, ILogger<UpdateDispatcher> logger)
    {
        _processor = processor;
        _dispatcher = new KeyedDispatcher<long>(options.Value.MaxConcurrentUpdates, capacity: 10_000, logger);
    }

    /// <summary>Queues an update; <paramref name="whenDone"/> gets null once it is committed, or the failure.</summary>
    public ValueTask EnqueueAsync(Update update, Action<Exception?> whenDone, CancellationToken cancellationToken) =>
        _dispatcher.EnqueueAsync(_processor.ChatKeyOf(update), async ct =>
        {
            try
            {
                await _processor.ProcessAsync(update, ct);
            }
            catch (Exception ex)
            {
                whenDone(ex);
                return;
            }

            whenDone(null);
        }, cancellationToken);

    public Task WhenIdleAsync(CancellationToken cancellationToken) => _dispatcher.WhenIdleAsync(cancellationToken);

    public ValueTask DisposeAsync() => _dispatcher.DisposeAsync();
}
