using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Learning;

/// <summary>
/// Study hours (学时): the minutes in the <see cref="StudyCredit"/> ledger, 45 minutes to the hour by default, counted
/// per local calendar day. Every source of 学时 (lessons today, class sessions and site visits later) credits through
/// <see cref="CreditAsync"/>, and every figure is read from the ledger.
/// </summary>
public sealed class StudyHours(IOptions<LearningOptions> options, LearningClock clock)
{
    public double Target => options.Value.AnnualStudyHoursTarget;

    public double FromMinutes(int minutes) => FromMinutes((long)minutes);

    public double FromMinutes(long minutes) => Math.Round((double)minutes / options.Value.MinutesPerStudyHour, 1);

    /// <summary>
    /// Adds a ledger row unless the same (learner, source, reference) was credited already; returns whether it added one.
    /// The caller saves it in its own transaction, with the effect that earned it.
    /// </summary>
    public async Task<bool> CreditAsync(
        OrgWorkDbContext db, long learnerId, StudyCreditSource source, string reference, int minutes, DateTime utcNow, CancellationToken cancellationToken)
    {
        if (minutes <= 0 ||
            db.StudyCredits.Local.Any(c => c.LearnerId == learnerId && c.Source == source && c.Reference == reference) ||
            await db.StudyCredits.AnyAsync(c => c.LearnerId == learnerId && c.Source == source && c.Reference == reference, cancellationToken))
        {
            return false;
        }

        db.StudyCredits.Add(new StudyCredit
        {
            LearnerId = learnerId,
            Source = source,
            Reference = reference,
            Minutes = minutes,
            OccurredAt = utcNow,
            LocalDate = clock.LocalDate(utcNow),
        });
        return true;
    }

    /// <summary>The first and last local day of the year holding <paramref name="utcNow"/>.</summary>
    public (DateOnly From, DateOnly To) YearOf(DateTime utcNow)
    {
        var year = clock.LocalDate(utcNow).Year;
        return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    public async Task<double> ThisYearAsync(OrgWorkDbContext db, long learnerId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var (from, to) = YearOf(utcNow);
        var minutes = await db.StudyCredits
            .Where(c => c.LearnerId == learnerId && c.LocalDate >= from && c.LocalDate <= to)
            .SumAsync(c => c.Minutes, cancellationToken);
        return FromMinutes(minutes);
    }
}
