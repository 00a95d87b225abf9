using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Learning;

/// <summary>Consecutive local days, up to today, on which the learner finished the daily quiz.</summary>
public sealed class StreakCalculator(LearningClock clock)
{
    public async Task<int> CurrentAsync(OrgWorkDbContext db, long learnerId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var days = await db.PointEntries
            .Where(p => p.LearnerId == learnerId && p.Reason == PointReason.DailyQuiz)
            .Select(p => p.LocalDate)
            .ToListAsync(cancellationToken);
        var set = days.Concat(db.PointEntries.Local.Where(p => p.LearnerId == learnerId && p.Reason == PointReason.DailyQuiz).Select(p => p.LocalDate)).ToHashSet();
        var day = clock.LocalDate(utcNow);
        if (!set.Contains(day))
        {
            day = day.AddDays(-1);
        }

        var streak = 0;
        while (set.Contains(day))
        {
            streak++;
            day = day.AddDays(-1);
        }

        return streak;
    }
}
