using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Learning;

/// <summary>
/// The wrong-answer book (错题本) on Leitner boxes: a miss puts the question in box 1, due at once; each
/// right review moves it up a box and further out (1, 3, then 7 days); right in the last box and it
/// leaves the book. A miss anywhere sends it back to box 1.
/// </summary>
public sealed class ReviewBook
{
    public const int LastBox = 3;
    private static readonly TimeSpan[] Intervals = [TimeSpan.Zero, TimeSpan.FromDays(1), TimeSpan.FromDays(3), TimeSpan.FromDays(7)];

    public async Task RecordMissAsync(OrgWorkDbContext db, long learnerId, string questionId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var item = await FindAsync(db, learnerId, questionId, cancellationToken);
        if (item is null)
        {
            item = new ReviewItem { LearnerId = learnerId, QuestionId = questionId, AddedAt = utcNow };
            db.ReviewItems.Add(item);
        }

        item.Box = 1;
        item.DueAt = utcNow;
        item.MissCount++;
        item.MasteredAt = null;
    }

    /// <summary>Moves a reviewed question up a box; returns true when it left the book.</summary>
    public async Task<bool> RecordRightAsync(OrgWorkDbContext db, long learnerId, string questionId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var item = await FindAsync(db, learnerId, questionId, cancellationToken);
        if (item is null || item.MasteredAt is not null)
        {
            return false;
        }

        if (item.Box >= LastBox)
        {
            item.MasteredAt = utcNow;
            return true;
        }

        item.Box++;
        item.DueAt = utcNow + Intervals[item.Box - 1];
        return false;
    }

    public Task<List<ReviewItem>> DueAsync(OrgWorkDbContext db, long learnerId, DateTime utcNow, int limit, CancellationToken cancellationToken) =>
        db.ReviewItems
            .Where(r => r.LearnerId == learnerId && r.MasteredAt == null && r.DueAt <= utcNow)
            .OrderBy(r => r.DueAt)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public Task<int> OpenCountAsync(OrgWorkDbContext db, long learnerId, CancellationToken cancellationToken) =>
        db.ReviewItems.CountAsync(r => r.LearnerId == learnerId && r.MasteredAt == null, cancellationToken);

    public Task<DateTime?> NextDueAsync(OrgWorkDbContext db, long learnerId, CancellationToken cancellationToken) =>
        db.ReviewItems.Where(r => r.LearnerId == learnerId && r.MasteredAt == null).MinAsync(r => (DateTime?)r.DueAt, cancellationToken);

    private static async Task<ReviewItem?> FindAsync(OrgWorkDbContext db, long learnerId, string questionId, CancellationToken cancellationToken) =>
        db.ReviewItems.Local.FirstOrDefault(r => r.LearnerId == learnerId && r.QuestionId == questionId)
        ?? await db.ReviewItems.FirstOrDefaultAsync(r => r.LearnerId == learnerId && r.QuestionId == questionId, cancellationToken);
}
