namespace OrgWork.Bot.Telegram.Dispatch;

/// <summary>
/// Runs work items in order per key (a chat) and concurrently across keys, with at most
/// <c>maxConcurrency</c> items running and at most <c>capacity</c> waiting (enqueuing waits when full).
/// A key's lane exists only while it has work, so idle chats cost nothing.
/// </summary>
public sealed class KeyedDispatcher<TKey> : IAsyncDisposable
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Queue<Func<CancellationToken, Task>>> _lanes = [];
    private readonly SemaphoreSlim _slots;
    private readonly SemaphoreSlim _capacity;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILogger _logger;
    private TaskCompletionSource _idle = NewIdleSignal(completed: true);
    private int _pending;

    public KeyedDispatcher(int maxConcurrency, int capacity, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _slots = new SemaphoreSlim(maxConcurrency, maxConcurrency);
        _capacity = new SemaphoreSlim(capacity, capacity);
        _logger = logger;
    }

    /// <summary>Items queued or running.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _pending;
            }
        }
    }

    /// <summary>Queues <paramref name="work"/> behind earlier work of the same key; waits while the queue is full.</summary>
    public async ValueTask EnqueueAsync(TKey key, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
        await _capacity.WaitAsync(cancellationToken);
        bool startLane;
        lock (_gate)
        {
            if (_pending++ == 0)
            {
                _idle = NewIdleSignal(completed: false);
            }

            startLane = !_lanes.TryGetValue(key, out var lane);
            if (startLane)
            {
                lane = new Queue<Func<CancellationToken, Task>>();
                _lanes[key] = lane;
            }

            lane!.Enqueue(work);
        }

        if (startLane)
        {
            // Off the caller's thread: the caller (a poller, a request) must not run the work inline.
            _ = Task.Run(() => RunLaneAsync(key), CancellationToken.None);
        }
    }

    /// <summary>Completes when nothing is queued or running.</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await WhenIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("{Count} queued items were abandoned at shutdown", Pending);
        }

        _stopping.Dispose();
    }

    private async Task RunLaneAsync(TKey key)
    {
        var token = _stopping.Token;
        while (true)
        {
            Func<CancellationToken, Task> work;
            lock (_gate)
            {
                // The running item stays at the head, so a concurrent enqueue of this key joins this lane.
                work = _lanes[key].Peek();
            }

            await RunOneAsync(key, work, token);
            lock (_gate)
            {
                var lane = _lanes[key];
                lane.Dequeue();
                if (--_pending == 0)
                {
                    _idle.TrySetResult();
                }

                if (lane.Count == 0)
                {
                    _lanes.Remove(key);
                    return;
                }
            }
        }
    }

    private async Task RunOneAsync(TKey key, Func<CancellationToken, Task> work, CancellationToken token)
    {
        try
        {
            if (token.IsCancellationRequested)
            {
                return;
            }

            await _slots.WaitAsync(token);
            try
            {
                await work(token);
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Shutting down: the work is redone after the restart (an update is redelivered, an outbox row resent).
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Work for {Key} failed", key);
        }
        finally
        {
            _capacity.Release();
        }
    }

    private static TaskCompletionSource NewIdleSignal(bool completed)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            signal.SetResult();
        }

        return signal;
    }
}
