using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Reports.Members;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Plans;

/// <summary>
/// The member report's 必修完成 and 考试 for a period: the required courses of the study plans of the period's years that
/// apply to each member (done when every lesson is finished), and the exams they sat in the period (passed when any sitting
/// passed). Three set-form queries whatever the number of members.
/// </summary>
public sealed class PlanAndExamStatus(CatalogueStore catalogue, LearningClock clock) : IMemberStudyStatus
{
    public async Task<IReadOnlyDictionary<long, MemberStudyStatus>> ForMembersAsync(
        OrgWorkDbContext db, IReadOnlyCollection<long> memberIds, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var current = catalogue.Current;
        var ids = memberIds.ToList();
        var plans = current.Plans.Where(p => p.Year >= first.Year && p.Year <= last.Year).ToList();
        var required = await RequiredAsync(db, current, plans, ids, cancellationToken);

        var (from, to) = (clock.StartOfDayUtc(first), clock.StartOfDayUtc(last.AddDays(1)));
        var exams = await db.ExamSittings
            .Where(s => ids.Contains(s.LearnerId) && s.EndedAt != null && s.EndedAt >= from && s.EndedAt < to)
            .GroupBy(s => new { s.LearnerId, s.ExamSlug })
            .Select(g => new { g.Key.LearnerId, Passed = g.Any(s => s.Passed == true) })
            .ToListAsync(cancellationToken);
        var examsByMember = exams.GroupBy(e => e.LearnerId).ToDictionary(g => g.Key, g => (Passed: g.Count(e => e.Passed), Taken: g.Count()));

        var result = new Dictionary<long, MemberStudyStatus>();
        foreach (var id in ids)
        {
            var (done, total) = required.GetValueOrDefault(id);
            var (passed, taken) = examsByMember.GetValueOrDefault(id);
            if (total > 0 || taken > 0)
            {
                result[id] = new MemberStudyStatus(done, total, passed, taken);
            }
        }

        return result;
    }

    private static async Task<Dictionary<long, (int Done, int Total)>> RequiredAsync(
        OrgWorkDbContext db, Catalogue current, List<StudyPlan> plans, List<long> ids, CancellationToken cancellationToken)
    {
        if (plans.Count == 0)
        {
            return [];
        }

        var places = await db.Learners.Where(l => ids.Contains(l.Id))
            .Select(l => new
            {
                l.Id,
                Branch = db.Branches.Where(b => b.Id == l.BranchId).Select(b => b.Name).FirstOrDefault(),
                Parent = db.Branches.Where(b => b.Id == l.BranchId)
                    .Select(b => db.ParentOrganisations.Where(p => p.Id == b.ParentId).Select(p => p.Name).FirstOrDefault()).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var courses = plans.SelectMany(p => p.Courses).Distinct().Select(slug => current.Courses.FirstOrDefault(c => c.Slug == slug)).OfType<Course>().ToList();
        var lessonKeys = courses.SelectMany(c => c.Lessons.Select(l => l.Key)).ToList();
        var finished = (await db.LessonProgress
                .Where(p => ids.Contains(p.LearnerId) && p.FinishedAt != null && lessonKeys.Contains(p.LessonKey))
                .Select(p => new { p.LearnerId, p.LessonKey })
                .ToListAsync(cancellationToken))
            .GroupBy(p => p.LearnerId)
            .ToDictionary(g => g.Key, g => g.Select(p => p.LessonKey).ToHashSet(StringComparer.Ordinal));

        var result = new Dictionary<long, (int, int)>();
        foreach (var member in places)
        {
            var place = new MemberPlace(member.Branch, member.Parent);
            var mine = plans.Where(p => place.IsIn(p.Audience)).SelectMany(p => p.Courses).Distinct(StringComparer.Ordinal).ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            var keys = finished.GetValueOrDefault(member.Id);
            var done = mine.Count(slug => courses.FirstOrDefault(c => c.Slug == slug) is { Lessons.Count: > 0 } course
                && keys is not null && course.Lessons.All(l => keys.Contains(l.Key)));
            result[member.Id] = (done, mine.Count);
        }

        return result;
    }
}
