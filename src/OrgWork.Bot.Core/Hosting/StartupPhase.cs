using Microsoft.Extensions.Logging;

namespace OrgWork.Bot.Core.Hosting;

/// <summary>
/// Work that serving does not need waits until the service serves. The web host opens this phase when it starts
/// listening; everywhere else (CLI verbs, the terminal chat) it is open from the start. The policy index's first
/// build, the first check for due jobs and notices, and the warm-ups wait on it, so that on a small machine they do
/// not slow the way to ready (docs/architecture.md, "Start-up"). What waits here is tracked, so that one can wait for
/// start-up to settle (the host then returns start-up garbage to the system, see <see cref="WhenSettledAsync"/>).
/// </summary>
public sealed class StartupPhase
{
    private readonly TaskCompletionSource _serving = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<Task> _deferred = [];
    private readonly Lock _gate = new();

    private StartupPhase(bool open)
    {
        if (open)
        {
            _serving.SetResult();
        }
    }

    /// <summary>A phase that is open from the start: nothing is deferred (CLI verbs, tests of single modules).</summary>
    public static StartupPhase Open() => new(open: true);

    /// <summary>A phase that opens when the host calls <see cref="MarkServing"/>.</summary>
    public static StartupPhase UntilServing() => new(open: false);

    public bool IsServing => _serving.Task.IsCompleted;

    /// <summary>Called once the host listens.</summary>
    public void MarkServing() => _serving.TrySetResult();

    /// <summary>Completes when the service serves (at once when the phase is open).</summary>
    public Task WhenServingAsync(CancellationToken cancellationToken) => _serving.Task.WaitAsync(cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> once the service serves, off the caller's thread, and tracks it for
    /// <see cref="WhenSettledAsync"/>. A failure is logged, not thrown: the service goes on without that work.
    /// </summary>
    public Task RunWhenServing(string name, Func<CancellationToken, Task> work, ILogger logger, CancellationToken cancellationToken)
    {
        var task = RunAsync(name, work, logger, cancellationToken);
        Track(task);
        return task;
    }

    /// <summary>Tracks work started while the service is starting; once it serves, new work is not start-up work and is ignored.</summary>
    public void Track(Task work)
    {
        if (IsServing)
        {
            return;
        }

        lock (_gate)
        {
            _deferred.Add(work);
        }
    }

    /// <summary>Completes when the service serves and every tracked piece of deferred work has finished (or failed).</summary>
    public async Task WhenSettledAsync(CancellationToken cancellationToken)
    {
        await WhenServingAsync(cancellationToken);
        Task[] tracked;
        lock (_gate)
        {
            tracked = [.. _deferred];
        }

        await Task.WhenAll(tracked.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default))).WaitAsync(cancellationToken);
    }

    private async Task RunAsync(string name, Func<CancellationToken, Task> work, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await WhenServingAsync(cancellationToken);
            await Task.Yield();
            await work(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Start-up work {Work} failed; the service goes on without it", name);
        }
    }
}
