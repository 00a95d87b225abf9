using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Learning;

/// <summary>
/// Awards points as ledger rows, never as a bare counter: each row has its reason and reference, the
/// daily cap of the reason is respected, and a reference is never awarded twice.
/// </summary>
public sealed class PointsLedger(PointRules rules, LearningClock clock)
{
    /// <summary>Awards up to <paramref name="points"/> (default: the rule's); returns what was actually added.</summary>
    public async Task<int> AwardAsync(OrgWorkDbContext db, long learnerId, PointReason reason, string reference, DateTime utcNow, CancellationToken cancellationToken, int? points = null)
    {
        var rule = rules.For(reason);
        var today = clock.LocalDate(utcNow);
        if (await db.PointEntries.AnyAsync(p => p.LearnerId == learnerId && p.Reason == reason && p.Reference == reference, cancellationToken) ||
            db.PointEntries.Local.Any(p => p.LearnerId == learnerId && p.Reason == reason && p.Reference == reference))
        {
            return 0;
        }

        var earnedToday = await db.PointEntries
            .Where(p => p.LearnerId == learnerId && p.Reason == reason && p.LocalDate == today)
            .SumAsync(p => p.Points, cancellationToken)
            + db.PointEntries.Local.Where(p => p.LearnerId == learnerId && p.Reason == reason && p.LocalDate == today && db.Entry(p).State == EntityState.Added).Sum(p => p.Points);
        var awarded = Math.Min(points ?? rule.Points, rule.DailyCap - earnedToday);
        if (awarded <= 0)
        {
            return 0;
        }

        db.PointEntries.Add(new PointEntry
        {
            LearnerId = learnerId,
            Reason = reason,
            Reference = reference,
            Points = awarded,
            OccurredAt = utcNow,
            LocalDate = today,
        });
        return awarded;
    }

    public Task<int> TotalAsync(OrgWorkDbContext db, long learnerId, CancellationToken cancellationToken, DateOnly? since = null) =>
        db.PointEntries.Where(p => p.LearnerId == learnerId && (since == null || p.LocalDate >= since)).SumAsync(p => p.Points, cancellationToken);
}
