using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Learning;

/// <summary>
/// Records lesson reading: opened on the first page seen, finished when the last page is reached; finishing credits
/// the lesson's minutes to the 学时 ledger in the same unit of work.
/// </summary>
public sealed class ProgressTracker(StudyHours hours)
{
    /// <summary>Records that a page was shown; returns true when this view finished the lesson for the first time.</summary>
    public async Task<bool> RecordPageAsync(OrgWorkDbContext db, long learnerId, Lesson lesson, int page, DateTime utcNow, CancellationToken cancellationToken)
    {
        var progress = await db.LessonProgress.FirstOrDefaultAsync(p => p.LearnerId == learnerId && p.LessonKey == lesson.Key, cancellationToken);
        if (progress is null)
        {
            progress = new LessonProgress { LearnerId = learnerId, LessonKey = lesson.Key, OpenedAt = utcNow };
            db.LessonProgress.Add(progress);
        }

        progress.LastPage = page;
        if (page < lesson.Pages.Count || progress.FinishedAt is not null)
        {
            return false;
        }

        progress.FinishedAt = utcNow;
        progress.MinutesCredited = lesson.Minutes;
        await hours.CreditAsync(db, learnerId, StudyCreditSource.Lesson, lesson.Key, lesson.Minutes, utcNow, cancellationToken);
        return true;
    }

    public async Task<IReadOnlySet<string>> FinishedLessonKeysAsync(OrgWorkDbContext db, long learnerId, CancellationToken cancellationToken) =>
        (await db.LessonProgress
            .Where(p => p.LearnerId == learnerId && p.FinishedAt != null)
            .Select(p => p.LessonKey)
            .ToListAsync(cancellationToken))
        .ToHashSet(StringComparer.Ordinal);
}
