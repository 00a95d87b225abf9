using Microsoft.Extensions.Options;
using OrgWork.Bot.Telegram.Dispatch;
using Telegram.Bot.Types;

namespace OrgWork.Bot.Telegram.Inbound;

/// <summary>
/// Runs updates in order per chat and concurrently across chats, whether they came by polling or webhook. An update
/// whose turn goes into slow work leaves its chat's lane (and its concurrency slot) at that moment and finishes on its
/// own, so one slow answer never holds up that chat's next inputs or anyone else's.
/// </summary>
public sealed class UpdateDispatcher : IAsyncDisposable
{
    private readonly KeyedDispatcher<long> _dispatcher;
    private readonly UpdateProcessor _processor;
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _detached = [];

    public UpdateDispatcher(UpdateProcessor processor, IOptions<TelegramOptions> options, ILogger<UpdateDispatcher> logger)
    {
        _processor = processor;
        _dispatcher = new KeyedDispatcher<long>(options.Value.MaxConcurrentUpdates, capacity: 10_000, logger);
    }

    /// <summary>Queues an update; <paramref name="whenDone"/> gets null once it is committed, or the failure.</summary>
    public ValueTask EnqueueAsync(Update update, Action<Exception?> whenDone, CancellationToken cancellationToken) =>
        _dispatcher.EnqueueAsync(_processor.ChatKeyOf(update), async ct =>
        {
            var detached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var processing = ProcessAsync(update, detached, whenDone, ct);
            if (await Task.WhenAny(processing, detached.Task) != processing)
            {
                Track(processing);
            }
        }, cancellationToken);

    /// <summary>Completes when nothing is queued or running, detached slow turns included.</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        await _dispatcher.WhenIdleAsync(cancellationToken);
        Task[] detached;
        lock (_gate)
        {
            detached = [.. _detached];
        }

        await Task.WhenAll(detached).WaitAsync(cancellationToken);
    }

    private async Task ProcessAsync(Update update, TaskCompletionSource detached, Action<Exception?> whenDone, CancellationToken cancellationToken)
    {
        try
        {
            await _processor.ProcessAsync(update, () => detached.TrySetResult(), cancellationToken);
        }
        catch (Exception ex)
        {
            whenDone(ex);
            return;
        }

        whenDone(null);
    }

    private void Track(Task processing)
    {
        lock (_gate)
        {
            _detached.Add(processing);
        }

        _ = processing.ContinueWith(
            done =>
            {
                lock (_gate)
                {
                    _detached.Remove(done);
                }
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public ValueTask DisposeAsync() => _dispatcher.DisposeAsync();
}
