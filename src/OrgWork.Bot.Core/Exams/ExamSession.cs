using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Exams;

/// <summary>
/// Runs exam sittings: starts one (the clock starts on the server), asks one question at a time with the time left,
/// records answers without saying whether they were right, refuses any answer at or after the deadline, and ends the
/// sitting when the member hands in or the time has run out. Every step is one short turn; the server's clock decides.
/// </summary>
public sealed class ExamSession(ExamCompletion completion)
{
    public async Task<ConversationResult> StartAsync(ConversationContext context, Exam exam, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var learnerId = context.Learner.Id;
        if (await CurrentAsync(db, learnerId, exam.Slug, cancellationToken) is { } running)
        {
            if (!await ExamGrader.EndIfExpiredAsync(db, running, context.UtcNow, cancellationToken))
            {
                return await ShowAsync(context, running, [], cancellationToken);
            }
        }

        if (!exam.IsOpenAt(context.UtcNow))
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.ExamNotOpen, Content.Parsing.ContentTime.Format(exam.Opens), Content.Parsing.ContentTime.Format(exam.Closes)));
        }

        if (!(await MemberPlace.OfAsync(db, context.Learner, cancellationToken)).IsIn(exam.Audience))
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.ExamNotForYou));
        }

        var used = await db.ExamSittings.CountAsync(s => s.LearnerId == learnerId && s.ExamSlug == exam.Slug, cancellationToken);
        if (used >= exam.Attempts)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.ExamNoAttemptsLeft, exam.Title, exam.Attempts));
        }

        var number = used + 1;
        var paper = ExamPaper.Draw(exam, context.Catalogue, learnerId, number);
        if (paper.Count == 0)
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.ExamNoQuestionsNow));
        }

        var attempt = new QuizAttempt
        {
            LearnerId = learnerId,
            Kind = QuizKind.Exam,
            SourceKey = exam.Slug,
            QuestionIds = string.Join(',', paper),
            StartedAt = context.UtcNow,
        };
        db.QuizAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);

        var limit = context.UtcNow.AddMinutes(exam.Minutes);
        var sitting = new ExamSitting
        {
            Id = attempt.Id,
            LearnerId = learnerId,
            ExamSlug = exam.Slug,
            ExamTitle = exam.Title,
            PassPercent = exam.PassPercent,
            Number = number,
            StartedAt = context.UtcNow,
            DeadlineAt = limit < exam.Closes ? limit : exam.Closes,
            QuestionCount = paper.Count,
        };
        db.ExamSittings.Add(sitting);
        var started = ReplyFactory.Format(UiText.ExamStarted, exam.Title, exam.Minutes, paper.Count, exam.PassPercent);
        return await ShowAsync(context, sitting, [started], cancellationToken);
    }

    /// <summary>Where the sitting stands: its current question with the time left, the hand-in prompt, or its result.</summary>
    public async Task<ConversationResult> ShowAsync(ConversationContext context, ExamSitting sitting, List<Reply> replies, CancellationToken cancellationToken, bool inPlace = false)
    {
        if (sitting.EndedAt is null && !await ExamGrader.EndIfExpiredAsync(context.Db, sitting, context.UtcNow, cancellationToken))
        {
            var attempt = await context.Db.QuizAttempts.FirstAsync(a => a.Id == sitting.Id, cancellationToken);
            var exam = context.Catalogue.FindExam(sitting.ExamSlug);

            // A question removed from the content while the sitting ran is skipped, not shown broken.
            while (attempt.CurrentIndex < attempt.Questions.Count && ExamPaper.Find(exam, context.Catalogue, attempt.Questions[attempt.CurrentIndex]) is null)
            {
                attempt.CurrentIndex++;
            }

            var next = attempt.CurrentIndex < attempt.Questions.Count
                ? ExamView.Question(attempt, sitting, ExamPaper.Find(exam, context.Catalogue, attempt.Questions[attempt.CurrentIndex])!, context.UtcNow)
                : ExamView.AllAnswered(sitting, context.UtcNow);
            replies.Add(next with { ReplacesSource = inPlace });
            return new ConversationResult { Replies = replies };
        }

        replies.Add(await ResultAsync(context, sitting, cancellationToken));
        return new ConversationResult { Replies = replies };
    }

    public async Task<ConversationResult> AnswerAsync(ConversationContext context, ExamSitting sitting, QuizAttempt attempt, Question question, IReadOnlySet<string> chosen, CancellationToken cancellationToken)
    {
        context.Db.QuizAnswers.Add(new QuizAnswer
        {
            AttemptId = attempt.Id,
            LearnerId = context.Learner.Id,
            QuestionId = question.Id,
            SourceKey = question.SourceKey,
            QuestionText = question.Text.Length <= 500 ? question.Text : question.Text[..500],
            SelectedOptionIds = string.Join(',', chosen.Order(StringComparer.Ordinal)),
            IsCorrect = chosen.SetEquals(question.CorrectOptions.Select(o => o.Id)),
            AnsweredAt = context.UtcNow,
        });
        attempt.CurrentIndex++;
        attempt.PendingSelection = "";
        sitting.Revision++;
        return await ShowAsync(context, sitting, [], cancellationToken, inPlace: true);
    }

    public async Task<ConversationResult> HandInAsync(ConversationContext context, ExamSitting sitting, CancellationToken cancellationToken)
    {
        if (!await ExamGrader.EndIfExpiredAsync(context.Db, sitting, context.UtcNow, cancellationToken))
        {
            await ExamGrader.EndAsync(context.Db, sitting, ExamEnding.HandedIn, context.UtcNow, cancellationToken);
        }

        return ConversationResult.Of(await ResultAsync(context, sitting, cancellationToken) with { ReplacesSource = true });
    }

    /// <summary>
    /// Loads the sitting a button names with the attempt behind it. Refused (with the reason) unless it is the presser's
    /// and still running; a sitting whose time ran out is ended here and its result given as the refusal's reply.
    /// </summary>
    public async Task<SittingLookup> LoadAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (!long.TryParse(payload.Argument(0), out var sittingId))
        {
            return SittingLookup.Refused(UiText.StaleButton);
        }

        var sitting = await context.Db.ExamSittings.FirstOrDefaultAsync(s => s.Id == sittingId, cancellationToken);
        if (sitting is null || sitting.LearnerId != context.Learner.Id)
        {
            return SittingLookup.Refused(UiText.StaleButton);
        }

        if (sitting.EndedAt is null && await ExamGrader.EndIfExpiredAsync(context.Db, sitting, context.UtcNow, cancellationToken))
        {
            return new SittingLookup(null, null, null, ConversationResult.Of(await ResultAsync(context, sitting, cancellationToken)), Expired: true);
        }

        if (sitting.EndedAt is not null)
        {
            return SittingLookup.Refused(UiText.ExamOver);
        }

        var attempt = await context.Db.QuizAttempts.FirstAsync(a => a.Id == sitting.Id, cancellationToken);
        return new SittingLookup(sitting, attempt, context.Catalogue.FindExam(sitting.ExamSlug), null);
    }

    /// <summary><see cref="LoadAsync"/> for a question's button: also refused unless the sitting is still at that question.</summary>
    public async Task<(SittingLookup Lookup, Question? Question)> LoadQuestionAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var lookup = await LoadAsync(context, payload, cancellationToken);
        if (lookup is { Expired: true, Refusal: { } late })
        {
            // The answer came at or after the deadline: not recorded; the paper was collected with what came before.
            return (lookup with { Refusal = late with { Replies = [ReplyFactory.Plain(UiText.ExamLateAnswer), .. late.Replies] } }, null);
        }

        if (lookup.Refusal is not null || payload.NumberArgument(1) is not { } index)
        {
            return (lookup.Refusal is null ? SittingLookup.Refused(UiText.StaleButton) : lookup, null);
        }

        var attempt = lookup.Attempt!;
        if (index != attempt.CurrentIndex || index >= attempt.Questions.Count)
        {
            return (SittingLookup.Refused(index < attempt.CurrentIndex ? UiText.QuizAlreadyAnswered : UiText.StaleButton), null);
        }

        var question = ExamPaper.Find(lookup.Exam, context.Catalogue, attempt.Questions[index]);
        return question is null ? (SittingLookup.Refused(UiText.StaleButton), null) : (lookup, question);
    }

    /// <summary>The member's running sitting of an exam, if any.</summary>
    public static Task<ExamSitting?> CurrentAsync(OrgWorkDbContext db, long learnerId, string examSlug, CancellationToken cancellationToken) =>
        db.ExamSittings.Where(s => s.LearnerId == learnerId && s.ExamSlug == examSlug && s.EndedAt == null)
            .OrderByDescending(s => s.Number).FirstOrDefaultAsync(cancellationToken);

    private async Task<Reply> ResultAsync(ConversationContext context, ExamSitting sitting, CancellationToken cancellationToken)
    {
        var exam = context.Catalogue.FindExam(sitting.ExamSlug);
        var certificate = await completion.CompleteAsync(context.Db, sitting, exam, context.UtcNow, cancellationToken);
        var used = await context.Db.ExamSittings.CountAsync(s => s.LearnerId == sitting.LearnerId && s.ExamSlug == sitting.ExamSlug, cancellationToken);
        return ExamView.Result(sitting, exam, exam is null ? 0 : Math.Max(0, exam.Attempts - used), certificate);
    }
}

/// <summary>A sitting named by a button, or why it cannot be used (a toast, or a result to show instead).</summary>
public sealed record SittingLookup(ExamSitting? Sitting, QuizAttempt? Attempt, Exam? Exam, ConversationResult? Refusal, bool Expired = false)
{
    public static SittingLookup Refused(string toast) => new(null, null, null, ConversationResult.Notice(toast));
}
