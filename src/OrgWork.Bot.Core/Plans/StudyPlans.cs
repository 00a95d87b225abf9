using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Plans;

/// <summary>Which study plans apply to a member (their year's plans whose audience includes them) and how far along they are.</summary>
public sealed class StudyPlans(ProgressTracker progress, StudyHours hours, LearningClock clock)
{
    /// <summary>The plans of <paramref name="year"/> for a member at <paramref name="place"/>, soonest due first.</summary>
    public static IReadOnlyList<StudyPlan> For(Catalogue catalogue, MemberPlace place, int year) =>
        [.. catalogue.Plans.Where(p => p.Year == year && place.IsIn(p.Audience))];

    /// <summary>The member's progress on each plan of the current local year that applies to them.</summary>
    public async Task<IReadOnlyList<PlanProgress>> OfMemberAsync(OrgWorkDbContext db, Learner learner, Catalogue catalogue, DateTime utcNow, CancellationToken cancellationToken)
    {
        var place = await MemberPlace.OfAsync(db, learner, cancellationToken);
        var plans = For(catalogue, place, clock.LocalDate(utcNow).Year);
        if (plans.Count == 0)
        {
            return [];
        }

        var finished = await progress.FinishedLessonKeysAsync(db, learner.Id, cancellationToken);
        var studied = await hours.ThisYearAsync(db, learner.Id, utcNow, cancellationToken);
        return [.. plans.Select(p => PlanProgress.Of(p, catalogue, finished, studied))];
    }
}
