using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Learning;

/// <summary>Study hours (学时) from finished lessons' minutes, per local calendar year.</summary>
public sealed class StudyHours(IOptions<LearningOptions> options, LearningClock clock)
{
    public double Target => options.Value.AnnualStudyHoursTarget;

    public double FromMinutes(int minutes) => Math.Round((double)minutes / options.Value.MinutesPerStudyHour, 1);

    public async Task<double> ThisYearAsync(OrgWorkDbContext db, long learnerId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var yearStart = clock.StartOfDayUtc(new DateOnly(clock.LocalDate(utcNow).Year, 1, 1));
        var minutes = await db.LessonProgress
            .Where(p => p.LearnerId == learnerId && p.FinishedAt >= yearStart)
            .SumAsync(p => p.MinutesCredited, cancellationToken);
        return FromMinutes(minutes);
    }
}
