using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Exams;

/// <summary>
/// Ends a sitting: counts the answers given before its deadline, scores it in whole percent against the pass mark it
/// started with, and closes its attempt. Used when a member hands in, when they come back after the time ran out, and
/// by the collector that ends abandoned sittings; it runs in the caller's transaction and ends a sitting only once.
/// </summary>
public static class ExamGrader
{
    public static async Task<bool> EndAsync(OrgWorkDbContext db, ExamSitting sitting, ExamEnding ending, DateTime endedAt, CancellationToken cancellationToken)
    {
        if (sitting.EndedAt is not null)
        {
            return false;
        }

        // Answers of this turn are saved first so that the count includes them.
        await db.SaveChangesAsync(cancellationToken);
        var deadline = sitting.DeadlineAt;
        var correct = await db.QuizAnswers.CountAsync(a => a.AttemptId == sitting.Id && a.IsCorrect && a.AnsweredAt < deadline, cancellationToken);
        var score = sitting.QuestionCount == 0 ? 0 : (int)Math.Floor(100.0 * correct / sitting.QuestionCount);

        sitting.EndedAt = endedAt;
        sitting.Ending = ending;
        sitting.CorrectCount = correct;
        sitting.Score = score;
        sitting.Passed = score >= sitting.PassPercent;
        sitting.Revision++;

        var attempt = await db.QuizAttempts.FirstAsync(a => a.Id == sitting.Id, cancellationToken);
        attempt.FinishedAt = endedAt;
        attempt.CorrectCount = correct;
        attempt.PendingSelection = "";
        return true;
    }

    /// <summary>Ends <paramref name="sitting"/> as timed out when its deadline has passed; true when it did.</summary>
    public static Task<bool> EndIfExpiredAsync(OrgWorkDbContext db, ExamSitting sitting, DateTime utcNow, CancellationToken cancellationToken) =>
        sitting.EndedAt is null && utcNow >= sitting.DeadlineAt
            ? EndAsync(db, sitting, ExamEnding.TimedOut, sitting.DeadlineAt, cancellationToken)
            : Task.FromResult(false);
}
