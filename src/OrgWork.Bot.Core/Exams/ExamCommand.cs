using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Exams;

/// <summary>
/// <c>/exam</c>: the exams open to the member with their limits and the member's sittings (开始考试 or 继续考试), then
/// the closed exams they sat with 查看答卷.
/// </summary>
public sealed class ExamCommand : ICommandHandler
{
    public string Name => "exam";

    public string Description => UiText.CommandExam;

    public bool IsPrivateFlow => true;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var now = context.UtcNow;
        var place = await MemberPlace.OfAsync(db, context.Learner, cancellationToken);
        var sittings = await db.ExamSittings.Where(s => s.LearnerId == context.Learner.Id).OrderBy(s => s.Number).ToListAsync(cancellationToken);
        foreach (var sitting in sittings)
        {
            await ExamGrader.EndIfExpiredAsync(db, sitting, now, cancellationToken);
        }

        var open = context.Catalogue.Exams.Where(e => e.IsOpenAt(now) && place.IsIn(e.Audience)).ToList();
        var text = new RichTextBuilder().Bold(UiText.ExamListTitle);
        var buttons = new List<IReadOnlyList<Button>>();
        if (open.Count == 0)
        {
            text.Text("\n" + UiText.ExamNoneOpen);
        }

        foreach (var exam in open)
        {
            var mine = sittings.Where(s => s.ExamSlug == exam.Slug).ToList();
            text.Text("\n\n" + UiText.Format(UiText.ExamListItem, exam.Title, exam.Minutes, exam.PaperSize, exam.PassPercent, ContentTime.Format(exam.Closes)));
            text.Text("\n" + UiText.Format(UiText.ExamListAttempts, mine.Count, exam.Attempts));
            if (Best(mine) is { } best)
            {
                text.Text(UiText.Format(UiText.ExamListBest, best.Score ?? 0, best.Passed == true ? UiText.ExamPassed : UiText.ExamFailed));
            }

            var id = ContentIds.ForExam(exam.Slug);
            if (mine.FirstOrDefault(s => s.EndedAt is null) is { } running)
            {
                text.Text("\n" + UiText.Format(UiText.ExamListInProgress, ExamView.TimeLeft(running, now)));
                buttons.Add([new Button(UiText.Format(UiText.ExamButtonResume, exam.Title), ExamActions.ToResume(running.Id))]);
            }
            else if (mine.Count >= exam.Attempts)
            {
                text.Text("\n" + UiText.ExamListNoAttemptsLeft);
            }
            else
            {
                buttons.Add([new Button(UiText.Format(UiText.ExamButtonStart, exam.Title), ExamActions.ToStart(id))]);
            }
        }

        var closed = sittings
            .Where(s => s.EndedAt is not null && (context.Catalogue.FindExam(s.ExamSlug) is not { } exam || exam.Closes <= now))
            .GroupBy(s => s.ExamSlug).ToList();
        if (closed.Count > 0)
        {
            text.Text("\n\n").Bold(UiText.ExamClosedResults);
            foreach (var group in closed)
            {
                var best = Best(group)!;
                text.Text("\n• " + UiText.Format(UiText.ExamClosedItem, best.ExamTitle, best.Score ?? 0, best.Passed == true ? UiText.ExamPassed : UiText.ExamFailed));
                buttons.Add([new Button(UiText.Format(UiText.ExamButtonReview, best.ExamTitle), ExamActions.ToReview(best.Id))]);
            }
        }

        return ConversationResult.Of(new Reply { Text = text.Build(), Buttons = buttons });
    }

    private static ExamSitting? Best(IEnumerable<ExamSitting> sittings) =>
        sittings.Where(s => s.Score is not null).OrderByDescending(s => s.Score).ThenBy(s => s.Number).FirstOrDefault();
}

/// <summary>查看答卷: once the exam has closed, each question of the sitting with the right answer and the member's.</summary>
public sealed class ExamReviewButton : IButtonHandler
{
    public string Action => ExamActions.Review;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (!long.TryParse(payload.Argument(0), out var sittingId)
            || await context.Db.ExamSittings.FirstOrDefaultAsync(s => s.Id == sittingId, cancellationToken) is not { EndedAt: not null } sitting
            || sitting.LearnerId != context.Learner.Id)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        var exam = context.Catalogue.FindExam(sitting.ExamSlug);
        if (exam is not null && context.UtcNow < exam.Closes)
        {
            return ConversationResult.Notice(UiText.Format(UiText.ExamReviewNotYet, ContentTime.Format(exam.Closes)));
        }

        var attempt = await context.Db.QuizAttempts.FirstAsync(a => a.Id == sitting.Id, cancellationToken);
        var answers = await context.Db.QuizAnswers.Where(a => a.AttemptId == sitting.Id).ToDictionaryAsync(a => a.QuestionId, cancellationToken);
        var text = new RichTextBuilder().Bold(UiText.Format(UiText.ExamReviewTitle, sitting.ExamTitle, sitting.Number, sitting.Score ?? 0));
        foreach (var (questionId, index) in attempt.Questions.Select((q, i) => (q, i)))
        {
            var question = ExamPaper.Find(exam, context.Catalogue, questionId);
            var answer = answers.GetValueOrDefault(questionId);
            if (question is null)
            {
                text.Text($"\n\n{index + 1}. {answer?.QuestionText ?? ""} {UiText.ExamReviewRemoved}");
                continue;
            }

            var mark = answer is null ? "⬜" : answer.IsCorrect ? "✅" : "❌";
            var chosen = answer?.SelectedOptionIds.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet() ?? [];
            text.Text("\n\n" + UiText.Format(
                UiText.ExamReviewLine,
                index + 1,
                mark,
                question.Text,
                Describe(question, o => o.IsCorrect),
                answer is null ? UiText.ExamReviewUnanswered : Describe(question, o => chosen.Contains(o.Id))));
        }

        return ConversationResult.Of(new Reply { Text = text.Build() });
    }

    private static string Describe(Question question, Func<QuestionOption, bool> pick) =>
        string.Join("；", question.Options.Where(pick).Select(o => o.Text));
}
