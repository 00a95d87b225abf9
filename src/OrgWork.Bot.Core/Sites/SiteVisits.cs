using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Sites;

/// <summary>
/// Visits to red-education sites: one per member, site and local day (unique index), crediting the site's minutes as
/// 学时 under the reference <c>site-slug@YYYY-MM-DD</c>, in the same transaction.
/// </summary>
public sealed class SiteVisits(StudyHours hours, LearningClock clock)
{
    /// <summary>True when the visit was recorded now; false when the member already visited the site today.</summary>
    public async Task<bool> RecordAsync(OrgWorkDbContext db, RedSite site, Learner learner, DateTime utcNow, CancellationToken cancellationToken)
    {
        var today = clock.LocalDate(utcNow);
        if (await db.SiteVisits.AnyAsync(v => v.SiteSlug == site.Slug && v.LearnerId == learner.Id && v.LocalDate == today, cancellationToken))
        {
            return false;
        }

        db.SiteVisits.Add(new SiteVisit { SiteSlug = site.Slug, LearnerId = learner.Id, LocalDate = today, VisitedAt = utcNow });
        await hours.CreditAsync(
            db, learner.Id, StudyCreditSource.SiteVisit, $"{site.Slug}@{today:yyyy-MM-dd}", site.Minutes, utcNow, cancellationToken);
        return true;
    }

    /// <summary>Each site's visits in the local year holding <paramref name="utcNow"/>: all members', and <paramref name="learnerId"/>'s.</summary>
    public async Task<IReadOnlyDictionary<string, (int All, int Mine)>> ThisYearAsync(
        OrgWorkDbContext db, long learnerId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var (from, to) = hours.YearOf(utcNow);
        var counts = await db.SiteVisits
            .Where(v => v.LocalDate >= from && v.LocalDate <= to)
            .GroupBy(v => v.SiteSlug)
            .Select(g => new { Slug = g.Key, All = g.Count(), Mine = g.Count(v => v.LearnerId == learnerId) })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.Slug, c => (c.All, c.Mine));
    }
}
