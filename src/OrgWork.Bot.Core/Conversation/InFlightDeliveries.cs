namespace OrgWork.Bot.Core.Conversation;

/// <summary>
/// Deliveries being handled on this instance. A turn with slow work records its delivery id only when it commits, so
/// a redelivery arriving meanwhile (a webhook retried, a poll repeated) waits for the first copy and then finds it
/// recorded, instead of being handled a second time alongside it.
/// </summary>
public sealed class InFlightDeliveries
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task> _running = new(StringComparer.Ordinal);

    /// <summary>Marks <paramref name="deliveryId"/> as running; disposing the lease ends it. Waits for a copy already running.</summary>
    public async Task<IDisposable> EnterAsync(string deliveryId, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task running;
            lock (_gate)
            {
                if (!_running.TryGetValue(deliveryId, out running!))
                {
                    var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _running[deliveryId] = done.Task;
                    return new ReleaseOnce(() => End(deliveryId, done));
                }
            }

            await running.WaitAsync(cancellationToken);
        }
    }

    private void End(string deliveryId, TaskCompletionSource done)
    {
        lock (_gate)
        {
            _running.Remove(deliveryId);
        }

        done.TrySetResult();
    }
}
