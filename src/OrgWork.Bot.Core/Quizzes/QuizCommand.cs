using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary><c>/quiz</c>: the lessons that have a quiz, with the learner's best score, and any unfinished attempt.</summary>
public sealed class QuizCommand : ICommandHandler
{
    public string Name => "quiz";

    public bool IsPrivateFlow => true;

    public string Description => UiText.CommandQuiz;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var attempts = await context.Db.QuizAttempts
            .Where(a => a.LearnerId == context.Learner.Id && a.Kind == QuizKind.Lesson)
            .Select(a => new { a.Id, a.SourceKey, a.CorrectCount, a.QuestionIds, a.FinishedAt })
            .ToListAsync(cancellationToken);
        var rows = new List<IReadOnlyList<Button>>();
        var open = attempts.Where(a => a.FinishedAt is null).MaxBy(a => a.Id);
        if (open is not null && context.Catalogue.FindLessonByKey(open.SourceKey) is { } openLesson)
        {
            rows.Add([new Button(UiText.Format(UiText.QuizContinue, openLesson.Title), QuizActions.ToResume(open.Id))]);
        }

        var text = new RichTextBuilder().Bold(UiText.QuizListTitle).Text("\n");
        foreach (var lesson in context.Catalogue.Lessons.Where(l => l.Quiz.Count > 0))
        {
            var best = attempts.Where(a => a.SourceKey == lesson.Key && a.FinishedAt is not null).MaxBy(a => a.CorrectCount);
            var label = best is null
                ? UiText.Format(UiText.QuizListItem, lesson.Title, lesson.Quiz.Count)
                : UiText.Format(UiText.QuizListItemDone, lesson.Title, best.CorrectCount, best.QuestionIds.Split(',').Length);
            rows.Add([new Button(label, QuizActions.ToStartLesson(lesson.Id))]);
        }

        if (rows.Count == 0)
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.QuizNoneAnywhere));
        }

        return ConversationResult.Of(new Reply { Text = text.Text(UiText.QuizListHint).Build(), Buttons = rows });
    }
}
