using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation.Flood;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Conversation;

public sealed class FloodGuardTests
{
    private readonly ManualClock _clock = ManualClock.MondayMorning();
    private readonly FloodGuard _guard;

    public FloodGuardTests() => _guard = new FloodGuard(Options.Create(new FloodOptions()), _clock);

    [Fact]
    public void TwentyInputsInTenSecondsPassTheTwentyFirstGetsOneNoticeThenSilence()
    {
        var verdicts = Enumerable.Range(0, 25).Select(_ => _guard.Check(1)).ToList();

        Assert.All(verdicts.Take(20), v => Assert.Equal(FloodVerdict.Allowed, v));
        Assert.Equal(FloodVerdict.ThrottledWithNotice, verdicts[20]);
        Assert.All(verdicts.Skip(21), v => Assert.Equal(FloodVerdict.Throttled, v));
    }

    [Fact]
    public void TheWindowSlidesSoAPausedUserIsServedAgainAndWarnedAgainNextTime()
    {
        for (var i = 0; i < 20; i++)
        {
            _guard.Check(1);
            _clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(FloodVerdict.ThrottledWithNotice, _guard.Check(1));
        _clock.Advance(TimeSpan.FromMilliseconds(8050)); // the first input (at 0 s) leaves the window, the second (at 0.1 s) not yet
        Assert.Equal(FloodVerdict.Allowed, _guard.Check(1));
        Assert.Equal(FloodVerdict.ThrottledWithNotice, _guard.Check(1));
    }

    [Fact]
    public void UsersAreCountedSeparately()
    {
        for (var i = 0; i < 30; i++)
        {
            _guard.Check(1);
        }

        Assert.Equal(FloodVerdict.Allowed, _guard.Check(2));
    }
}
