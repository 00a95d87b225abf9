using OrgWork.Bot.Core.Quizzes;

namespace OrgWork.Bot.Core.Tests.Learning;

public class QuizShuffleTests
{
    [Fact]
    public void TheSameAttemptIdAlwaysGivesTheSameOrder()
    {
        var options = Enumerable.Range(1, 6).Select(i => $"o{i}").ToList();

        var once = QuizShuffle.Shuffle(options, 42);
        var again = QuizShuffle.Shuffle(options, 42);
        var other = Enumerable.Range(1, 20).Select(id => string.Join(',', QuizShuffle.Shuffle(options, id))).Distinct().Count();

        Assert.Equal(once, again);
        Assert.True(other > 5, "different attempts should see different orders");
    }
}
