using OrgWork.Bot.Telegram.Inbound;

namespace OrgWork.Bot.Tests.Telegram.Units;

public sealed class OffsetTrackerTests
{
    private readonly OffsetTracker _offsets = new();

    [Fact]
    public void TheOffsetConfirmsOnlyUpdatesCommittedWithAllBeforeThem()
    {
        Assert.Equal(0, _offsets.NextOffset);
        Assert.True(_offsets.TryStart(10));
        Assert.True(_offsets.TryStart(11));
        Assert.True(_offsets.TryStart(12));

        _offsets.Complete(12);
        _offsets.Complete(11);
        Assert.Equal(10, _offsets.NextOffset);

        _offsets.Complete(10);
        Assert.Equal(13, _offsets.NextOffset);
    }

    [Fact]
    public void AnUpdateHandedBackWhileTheOffsetWaitsIsNotStartedTwice()
    {
        _offsets.TryStart(10);
        _offsets.TryStart(11);
        _offsets.Complete(11);

        Assert.False(_offsets.TryStart(10));
        Assert.False(_offsets.TryStart(11));
        Assert.True(_offsets.TryStart(12));
    }

    [Fact]
    public async Task WaitingForAllEndsWhenTheLastRunningUpdateCompletes()
    {
        _offsets.TryStart(1);
        _offsets.TryStart(2);
        var waiting = _offsets.WaitForAllAsync(TimeSpan.FromMinutes(5), TimeProvider.System, CancellationToken.None);
        _offsets.Complete(2);
        Assert.False(waiting.IsCompleted);

        _offsets.Complete(1);
        await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, _offsets.RunningCount);
    }
}
