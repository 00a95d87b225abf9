using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Diagnostics;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary>
/// Runs quiz attempts of every kind: starts them, asks one question at a time, checks answers by option
/// id, scores each question once, feeds the wrong-answer book and the points ledger, and sums up.
/// </summary>
public sealed class QuizSession(
    QuestionView view, PointsLedger points, ReviewBook reviewBook, StreakCalculator streaks, PointRules rules, LearningClock clock, OrgWorkMetrics metrics)
{
    public async Task<ConversationResult> StartAsync(ConversationContext context, QuizKind kind, string sourceKey, IReadOnlyList<Question> questions, CancellationToken cancellationToken)
    {
        var attempt = new QuizAttempt
        {
            LearnerId = context.Learner.Id,
            Kind = kind,
            SourceKey = sourceKey,
            StartedAt = context.UtcNow,
        };
        context.Db.QuizAttempts.Add(attempt);
        await context.Db.SaveChangesAsync(cancellationToken);
        attempt.QuestionIds = string.Join(',', QuizShuffle.Shuffle(questions.Select(q => q.Id), attempt.Id));
        return await NextAsync(context, attempt, [ReplyFactory.Format(UiText.QuizStarted, UiText.QuizKindName(kind), questions.Count)], cancellationToken);
    }

    /// <summary>The attempt's current question again (to resume), or its summary when it is over.</summary>
    public async Task<ConversationResult> ResumeAsync(ConversationContext context, QuizAttempt attempt, CancellationToken cancellationToken) =>
        attempt.FinishedAt is null
            ? await NextAsync(context, attempt, [], cancellationToken)
            : ConversationResult.Of(await SummaryAsync(context, attempt, cancellationToken, again: true));

    /// <summary>Loads an attempt named by a button, refusing it unless it is the presser's and still at that question.</summary>
    public async Task<(QuizAttempt? Attempt, Question? Question, string? Refusal)> LoadForAnswerAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (!long.TryParse(payload.Argument(0), out var attemptId) || payload.NumberArgument(1) is not { } index)
        {
            return (null, null, UiText.StaleButton);
        }

        var attempt = await context.Db.QuizAttempts.FirstOrDefaultAsync(a => a.Id == attemptId, cancellationToken);
        if (attempt is null || attempt.LearnerId != context.Learner.Id)
        {
            return (null, null, UiText.StaleButton);
        }

        if (attempt.FinishedAt is not null)
        {
            return (null, null, UiText.QuizAlreadyFinished);
        }

        if (index != attempt.CurrentIndex)
        {
            return (null, null, index < attempt.CurrentIndex ? UiText.QuizAlreadyAnswered : UiText.StaleButton);
        }

        var question = context.Catalogue.FindQuestion(attempt.Questions[index]);
        return question is null ? (null, null, UiText.StaleButton) : (attempt, question, null);
    }

    public Reply Toggle(QuizAttempt attempt, Question question, string optionId)
    {
        var selected = attempt.PendingSelection.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        if (!selected.Remove(optionId))
        {
            selected.Add(optionId);
        }

        attempt.PendingSelection = string.Join(',', selected.Order(StringComparer.Ordinal));
        return view.Question(attempt, question) with { ReplacesSource = true };
    }

    public async Task<ConversationResult> AnswerAsync(ConversationContext context, QuizAttempt attempt, Question question, IReadOnlySet<string> chosen, CancellationToken cancellationToken)
    {
        var correct = chosen.SetEquals(question.CorrectOptions.Select(o => o.Id));
        var answer = new QuizAnswer
        {
            AttemptId = attempt.Id,
            LearnerId = context.Learner.Id,
            QuestionId = question.Id,
            SourceKey = question.SourceKey,
            QuestionText = question.Text.Length <= 500 ? question.Text : question.Text[..500],
            SelectedOptionIds = string.Join(',', chosen.Order(StringComparer.Ordinal)),
            IsCorrect = correct,
            AnsweredAt = context.UtcNow,
        };
        context.Db.QuizAnswers.Add(answer);
        context.AfterCommit(() => metrics.QuizAnswered(attempt.Kind, correct));
        await RecordOutcomeAsync(context, attempt, question, correct, cancellationToken);

        var replies = new List<Reply> { view.Feedback(attempt, question, chosen, correct) };
        attempt.PendingSelection = "";
        attempt.CurrentIndex++;
        if (correct)
        {
            attempt.CorrectCount++;
        }

        return await NextAsync(context, attempt, replies, cancellationToken);
    }

    /// <summary>Asks the attempt's current question, or finishes the attempt when none is left.</summary>
    private async Task<ConversationResult> NextAsync(ConversationContext context, QuizAttempt attempt, List<Reply> replies, CancellationToken cancellationToken)
    {
        // A question removed from the content while the attempt ran is skipped, not shown broken.
        while (attempt.CurrentIndex < attempt.Questions.Count && context.Catalogue.FindQuestion(attempt.Questions[attempt.CurrentIndex]) is null)
        {
            attempt.CurrentIndex++;
        }

        if (attempt.CurrentIndex < attempt.Questions.Count)
        {
            replies.Add(view.Question(attempt, context.Catalogue.FindQuestion(attempt.Questions[attempt.CurrentIndex])!));
        }
        else
        {
            attempt.FinishedAt = context.UtcNow;
            attempt.PendingSelection = "";
            await AwardCompletionAsync(context, attempt, cancellationToken);
            replies.Add(await SummaryAsync(context, attempt, cancellationToken));
        }

        return new ConversationResult { Replies = replies };
    }

    private async Task RecordOutcomeAsync(ConversationContext context, QuizAttempt attempt, Question question, bool correct, CancellationToken cancellationToken)
    {
        if (correct)
        {
            await points.AwardAsync(context.Db, context.Learner.Id, PointReason.CorrectAnswer, $"{attempt.Id}:{question.Id}", context.UtcNow, cancellationToken);
            if (attempt.Kind == QuizKind.Review)
            {
                await reviewBook.RecordRightAsync(context.Db, context.Learner.Id, question.Id, context.UtcNow, cancellationToken);
            }
        }
        else
        {
            await reviewBook.RecordMissAsync(context.Db, context.Learner.Id, question.Id, context.UtcNow, cancellationToken);
        }
    }

    private async Task AwardCompletionAsync(ConversationContext context, QuizAttempt attempt, CancellationToken cancellationToken)
    {
        if (attempt.Kind != QuizKind.Daily)
        {
            return;
        }

        // Points for the daily quiz once per local day (the ledger refuses a second row for the same date).
        await points.AwardAsync(context.Db, context.Learner.Id, PointReason.DailyQuiz, attempt.SourceKey, context.UtcNow, cancellationToken);
        var streak = await streaks.CurrentAsync(context.Db, context.Learner.Id, context.UtcNow, cancellationToken);
        var bonus = rules.StreakBonus(streak);
        if (bonus > 0)
        {
            await points.AwardAsync(context.Db, context.Learner.Id, PointReason.StreakBonus, attempt.SourceKey, context.UtcNow, cancellationToken, bonus);
        }
    }

    /// <param name="again">Shown again later (a second <c>/daily</c> the same day), not as the quiz ends.</param>
    private async Task<Reply> SummaryAsync(ConversationContext context, QuizAttempt attempt, CancellationToken cancellationToken, bool again = false)
    {
        var total = attempt.Questions.Count;
        var text = new RichTextBuilder();
        if (again && attempt.Kind == QuizKind.Daily)
        {
            text.Text(UiText.DailyAlreadyDone + "\n\n");
        }

        text.Bold(UiText.Format(UiText.QuizFinished, UiText.QuizKindName(attempt.Kind)))
            .Text("\n" + UiText.Format(UiText.QuizScore, attempt.CorrectCount, total, total == 0 ? 0 : 100 * attempt.CorrectCount / total));

        var earned = await EarnedAsync(context, attempt, cancellationToken);
        if (earned > 0)
        {
            text.Text("\n" + UiText.Format(UiText.PointsEarned, earned));
        }

        if (attempt.Kind == QuizKind.Daily)
        {
            var streak = await streaks.CurrentAsync(context.Db, context.Learner.Id, context.UtcNow, cancellationToken);
            text.Text("\n" + UiText.Format(UiText.DailyStreak, streak));
        }

        var wrong = total - attempt.CorrectCount;
        if (wrong > 0)
        {
            text.Text("\n" + UiText.Format(UiText.QuizWrongIntoReview, wrong));
        }

        return new Reply
        {
            Text = text.Build(),
            Buttons = [[new Button(UiText.ButtonReview, QuizReviewButton.Data), new Button(UiText.ButtonCourses, Conversation.Browsing.BrowsingActions.ToCatalogue())]],
        };
    }

    private async Task<int> EarnedAsync(ConversationContext context, QuizAttempt attempt, CancellationToken cancellationToken)
    {
        var prefix = $"{attempt.Id}:";
        // The answers' points, and for the daily quiz its completion points and streak bonus (referenced by the day),
        // so the summary shown again later says what it said when the quiz ended.
        var isDaily = attempt.Kind == QuizKind.Daily;
        var stored = await context.Db.PointEntries
            .Where(p => p.LearnerId == context.Learner.Id &&
                ((p.Reason == PointReason.CorrectAnswer && p.Reference.StartsWith(prefix)) ||
                 (isDaily && p.Reference == attempt.SourceKey && (p.Reason == PointReason.DailyQuiz || p.Reason == PointReason.StreakBonus))))
            .SumAsync(p => p.Points, cancellationToken);
        var pending = context.Db.PointEntries.Local
            .Where(p => context.Db.Entry(p).State == EntityState.Added && p.LearnerId == context.Learner.Id &&
                (p.Reference.StartsWith(prefix, StringComparison.Ordinal) || (attempt.Kind == QuizKind.Daily && p.Reference == attempt.SourceKey)))
            .Sum(p => p.Points);
        return stored + pending;
    }

    /// <summary>The local date key of today's daily quiz.</summary>
    public string TodayKey(DateTime utcNow) => clock.LocalDate(utcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
