using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary>
/// Picks the daily quiz from every bank and lesson: first questions the learner missed before (at most
/// two), then ones never seen, then the rest — each group in an order fixed for that learner and day.
/// </summary>
public sealed class DailyQuestionPicker
{
    private const int MissedShare = 2;

    public async Task<IReadOnlyList<Question>> PickAsync(OrgWorkDbContext db, Catalogue catalogue, long learnerId, string dayKey, int count, CancellationToken cancellationToken)
    {
        var history = await db.QuizAnswers
            .Where(a => a.LearnerId == learnerId)
            .GroupBy(a => a.QuestionId)
            .Select(g => new { QuestionId = g.Key, EverWrong = g.Any(a => !a.IsCorrect) })
            .ToListAsync(cancellationToken);
        var seen = history.Select(h => h.QuestionId).ToHashSet();
        var missed = history.Where(h => h.EverWrong).Select(h => h.QuestionId).ToHashSet();
        var pool = catalogue.Questions.OrderBy(q => q.Id, StringComparer.Ordinal).ToList();

        var picked = new List<Question>();
        picked.AddRange(QuizShuffle.Shuffle(pool.Where(q => missed.Contains(q.Id)), learnerId, dayKey + ":missed").Take(Math.Min(MissedShare, count)));
        picked.AddRange(QuizShuffle.Shuffle(pool.Where(q => !seen.Contains(q.Id)), learnerId, dayKey + ":unseen").Take(count - picked.Count));
        picked.AddRange(QuizShuffle.Shuffle(pool.Where(q => !picked.Contains(q)), learnerId, dayKey + ":rest").Take(count - picked.Count));
        return picked;
    }
}
