namespace OrgWork.Bot.Telegram.Inbound;

/// <summary>
/// The long-polling offset. Updates finish out of order (chats run concurrently), but Telegram's offset
/// confirms every update below it, so the offset only moves past an update once it and all before it are
/// committed: after a crash, whatever was not committed is delivered again.
/// </summary>
public sealed class OffsetTracker
{
    private readonly Lock _gate = new();
    private readonly SortedSet<int> _running = [];
    private int? _highestStarted;
    private TaskCompletionSource _advanced = NewSignal();

    /// <summary>The <c>offset</c> for the next <c>getUpdates</c>: the lowest update still running, else one past the last seen.</summary>
    public int NextOffset
    {
        get
        {
            lock (_gate)
            {
                return _running.Count > 0 ? _running.Min : (_highestStarted + 1) ?? 0;
            }
        }
    }

    public int RunningCount
    {
        get
        {
            lock (_gate)
            {
                return _running.Count;
            }
        }
    }

    /// <summary>Marks an update as taken; false when it was seen before (redelivered while the offset waited).</summary>
    public bool TryStart(int updateId)
    {
        lock (_gate)
        {
            if (updateId <= _highestStarted)
            {
                return false;
            }

            _highestStarted = updateId;
            _running.Add(updateId);
            return true;
        }
    }

    /// <summary>Marks an update as committed (or deliberately dropped).</summary>
    public void Complete(int updateId)
    {
        TaskCompletionSource? advanced = null;
        lock (_gate)
        {
            var wasLowest = _running.Count > 0 && _running.Min == updateId;
            if (_running.Remove(updateId) && wasLowest)
            {
                advanced = _advanced;
                _advanced = NewSignal();
            }
        }

        advanced?.TrySetResult();
    }

    /// <summary>Waits until every taken update has finished, or <paramref name="timeout"/> passed (a slow one may still run).</summary>
    public async Task WaitForAllAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + timeout;
        while (true)
        {
            Task advanced;
            lock (_gate)
            {
                if (_running.Count == 0)
                {
                    return;
                }

                advanced = _advanced.Task;
            }

            var left = deadline - time.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                return;
            }

            try
            {
                await advanced.WaitAsync(left, time, cancellationToken);
            }
            catch (TimeoutException)
            {
                return;
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
