using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Plans;

/// <summary>
/// Plans over many members at once, in set form (no query per member): who a plan is for, and which of them have finished
/// it (every lesson of its required courses, and the plan's 学时 in its year).
/// </summary>
public static class PlanMembers
{
    /// <summary>The active members of the plan's audience (its branches, or the branches under the named parents).</summary>
    public static IQueryable<Learner> Audience(OrgWorkDbContext db, Audience audience)
    {
        var active = db.Learners.Where(l => l.DeactivatedAt == null && l.IsActive);
        if (audience.IsEveryone)
        {
            return active;
        }

        var names = audience.Names.ToList();
        var branchIds = db.Branches
            .Where(b => names.Contains(b.Name) || db.ParentOrganisations.Any(p => p.Id == b.ParentId && names.Contains(p.Name)))
            .Select(b => b.Id);
        return active.Where(l => l.BranchId != null && branchIds.Contains(l.BranchId.Value));
    }

    /// <summary>Of <paramref name="learners"/>, those who have completed <paramref name="plan"/>.</summary>
    public static async Task<HashSet<long>> CompletedAsync(
        OrgWorkDbContext db, StudyPlan plan, Catalogue catalogue, IQueryable<Learner> learners, int minutesPerHour, CancellationToken cancellationToken)
    {
        var lessonKeys = plan.Courses.Select(slug => catalogue.Courses.FirstOrDefault(c => c.Slug == slug))
            .SelectMany(c => c?.Lessons.Select(l => l.Key) ?? []).Distinct().ToList();
        if (lessonKeys.Count < plan.Courses.Count)
        {
            return []; // a required course has no lessons (or is gone): nobody can have finished it
        }

        var ids = learners.Select(l => l.Id);
        var finishedAll = await db.LessonProgress
            .Where(p => ids.Contains(p.LearnerId) && p.FinishedAt != null && lessonKeys.Contains(p.LessonKey))
            .GroupBy(p => p.LearnerId)
            .Where(g => g.Select(p => p.LessonKey).Distinct().Count() == lessonKeys.Count)
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);
        if (plan.Hours is not { } hours)
        {
            return [.. finishedAll];
        }

        var neededMinutes = (long)Math.Ceiling(hours * minutesPerHour);
        var (first, last) = (new DateOnly(plan.Year, 1, 1), new DateOnly(plan.Year, 12, 31));
        var enough = await db.StudyCredits
            .Where(c => finishedAll.Contains(c.LearnerId) && c.LocalDate >= first && c.LocalDate <= last)
            .GroupBy(c => c.LearnerId)
            .Where(g => g.Sum(c => (long)c.Minutes) >= neededMinutes)
            .Select(g => g.Key)
            .ToListAsync(cancellationToken);
        return [.. enough];
    }
}
