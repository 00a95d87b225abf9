using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Reports;

/// <summary>
/// Reads every learner's totals with a handful of grouped queries (no query per learner). Members deactivated by the
/// roster (<see cref="Learner.DeactivatedAt"/>) are left out: their history is kept but no longer counted.
/// </summary>
public sealed class LearnerFactsQuery(LearningClock clock)
{
    public async Task<IReadOnlyList<LearnerFacts>> RunAsync(OrgWorkDbContext db, DateTime utcNow, CancellationToken cancellationToken)
    {
        var weekStart = clock.WeekStart(utcNow);
        var yearStart = new DateOnly(clock.LocalDate(utcNow).Year, 1, 1);
        var learners = await db.Learners.AsNoTracking().Where(l => l.DeactivatedAt == null).ToListAsync(cancellationToken);
        var points = await db.PointEntries.GroupBy(p => p.LearnerId)
            .Select(g => new { g.Key, All = g.Sum(p => p.Points), Week = g.Where(p => p.LocalDate >= weekStart).Sum(p => p.Points) })
            .ToDictionaryAsync(x => x.Key, cancellationToken);
        var lessons = await db.LessonProgress.Where(p => p.FinishedAt != null).GroupBy(p => p.LearnerId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var minutes = await db.StudyCredits.Where(c => c.LocalDate >= yearStart).GroupBy(c => c.LearnerId)
            .Select(g => new { g.Key, Minutes = g.Sum(c => c.Minutes) })
            .ToDictionaryAsync(x => x.Key, x => x.Minutes, cancellationToken);
        var answers = await db.QuizAnswers.GroupBy(a => a.LearnerId)
            .Select(g => new { g.Key, Count = g.Count(), Correct = g.Count(a => a.IsCorrect) })
            .ToDictionaryAsync(x => x.Key, cancellationToken);

        return learners.Select(l => new LearnerFacts(
            l.Id,
            l.DisplayName,
            l.BranchId,
            l.RankOptIn,
            l.LastSeenAt,
            points.GetValueOrDefault(l.Id)?.All ?? 0,
            points.GetValueOrDefault(l.Id)?.Week ?? 0,
            lessons.GetValueOrDefault(l.Id),
            minutes.GetValueOrDefault(l.Id),
            answers.GetValueOrDefault(l.Id)?.Count ?? 0,
            answers.GetValueOrDefault(l.Id)?.Correct ?? 0)).ToList();
    }
}
