using Microsoft.Extensions.Logging.Abstractions;
using OrgWork.Bot.Telegram.Dispatch;

namespace OrgWork.Bot.Tests.Telegram.Units;

public sealed class KeyedDispatcherTests
{
    [Fact]
    public async Task OneKeysWorkRunsInOrderWhileAnotherKeyIsNotBlockedByIt()
    {
        await using var dispatcher = new KeyedDispatcher<long>(maxConcurrency: 4, capacity: 100, NullLogger.Instance);
        var order = new List<string>();
        var slowStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseSlow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await dispatcher.EnqueueAsync(1, async _ =>
        {
            slowStarted.SetResult();
            await releaseSlow.Task;
            Record(order, "1a");
        }, CancellationToken.None);
        await dispatcher.EnqueueAsync(1, _ => { Record(order, "1b"); return Task.CompletedTask; }, CancellationToken.None);
        await slowStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await dispatcher.EnqueueAsync(2, _ => { Record(order, "2"); otherDone.SetResult(); return Task.CompletedTask; }, CancellationToken.None);

        // Chat 2 finishes while chat 1 is still stuck on its first item.
        await otherDone.Task.WaitAsync(TimeSpan.FromSeconds(30));
        releaseSlow.SetResult();
        await dispatcher.WhenIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["2", "1a", "1b"], order);
    }

    [Fact]
    public async Task AFailingItemIsLoggedAndTheLaneGoesOn()
    {
        await using var dispatcher = new KeyedDispatcher<long>(maxConcurrency: 1, capacity: 10, NullLogger.Instance);
        var ran = false;
        await dispatcher.EnqueueAsync(1, _ => throw new InvalidOperationException("boom"), CancellationToken.None);
        await dispatcher.EnqueueAsync(1, _ => { ran = true; return Task.CompletedTask; }, CancellationToken.None);
        await dispatcher.WhenIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(ran);
    }

    private static void Record(List<string> order, string item)
    {
        lock (order)
        {
            order.Add(item);
        }
    }
}
