using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Learning;

/// <summary>The points rules printed by <c>/help 积分</c>.</summary>
public sealed class PointRules
{
    public IReadOnlyList<PointRule> All { get; } =
    [
        new(PointReason.LessonFinished, 5, 20),
        new(PointReason.CorrectAnswer, 1, 20),
        new(PointReason.DailyQuiz, 5, 5),
        new(PointReason.StreakBonus, 2, 5),
    ];

    /// <summary>Streak bonus by length: 3+ days earn the base bonus, 7+ days the daily cap.</summary>
    public int StreakBonus(int streakDays) => streakDays >= 7 ? For(PointReason.StreakBonus).DailyCap : streakDays >= 3 ? For(PointReason.StreakBonus).Points : 0;

    public PointRule For(PointReason reason) => All.Single(r => r.Reason == reason);
}
