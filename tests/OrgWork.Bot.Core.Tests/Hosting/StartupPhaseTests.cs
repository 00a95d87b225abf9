using Microsoft.Extensions.Logging.Abstractions;
using OrgWork.Bot.Core.Hosting;

namespace OrgWork.Bot.Core.Tests.Hosting;

public class StartupPhaseTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task WorkDeferredToAPhaseThatIsOpenFromTheStartRunsAtOnce()
    {
        var phase = StartupPhase.Open();
        var ran = new TaskCompletionSource();

        await phase.RunWhenServing("work", _ => { ran.SetResult(); return Task.CompletedTask; }, NullLogger.Instance, CancellationToken.None).WaitAsync(Deadline);

        Assert.True(ran.Task.IsCompleted);
        Assert.True(phase.IsServing);
    }

    [Fact]
    public async Task DeferredWorkWaitsUntilTheHostServes()
    {
        var phase = StartupPhase.UntilServing();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var work = phase.RunWhenServing("work", _ => { started.SetResult(); return Task.CompletedTask; }, NullLogger.Instance, CancellationToken.None);

        await Task.Yield();
        Assert.False(started.Task.IsCompleted);
        Assert.False(work.IsCompleted);

        phase.MarkServing();
        await work.WaitAsync(Deadline);
        Assert.True(started.Task.IsCompleted);
    }

    [Fact]
    public async Task StartUpSettlesOnceEveryTrackedPieceHasFinishedEvenAFailingOne()
    {
        var phase = StartupPhase.UntilServing();
        var slow = new TaskCompletionSource();
        var failing = phase.RunWhenServing("failing", _ => throw new InvalidOperationException("boom"), NullLogger.Instance, CancellationToken.None);
        phase.Track(slow.Task);
        var settled = phase.WhenSettledAsync(CancellationToken.None);

        phase.MarkServing();
        await failing.WaitAsync(Deadline);
        Assert.False(settled.IsCompleted);

        slow.SetResult();
        await settled.WaitAsync(Deadline);
    }

    [Fact]
    public async Task WorkStartedOnceTheHostServesIsNotStartUpWork()
    {
        var phase = StartupPhase.UntilServing();
        phase.MarkServing();

        phase.Track(new TaskCompletionSource().Task);

        await phase.WhenSettledAsync(CancellationToken.None).WaitAsync(Deadline);
    }

    [Fact]
    public async Task StoppingTheHostBeforeItServesCancelsTheWaitQuietly()
    {
        var phase = StartupPhase.UntilServing();
        using var stopping = new CancellationTokenSource();
        var ran = false;
        var work = phase.RunWhenServing("work", _ => { ran = true; return Task.CompletedTask; }, NullLogger.Instance, stopping.Token);

        await stopping.CancelAsync();
        await work.WaitAsync(Deadline);

        Assert.False(ran);
    }
}
