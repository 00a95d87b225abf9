using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary>Starts a lesson's quiz, or resumes the learner's unfinished attempt of it.</summary>
public sealed class LessonQuizStarter(QuizSession session)
{
    public async Task<ConversationResult> StartAsync(ConversationContext context, Lesson lesson, CancellationToken cancellationToken)
    {
        if (lesson.Quiz.Count == 0)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.QuizNone, lesson.Title));
        }

        var open = await context.Db.QuizAttempts
            .Where(a => a.LearnerId == context.Learner.Id && a.Kind == QuizKind.Lesson && a.SourceKey == lesson.Key && a.FinishedAt == null)
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return open is not null
            ? await session.ResumeAsync(context, open, cancellationToken)
            : await session.StartAsync(context, QuizKind.Lesson, lesson.Key, lesson.Quiz, cancellationToken);
    }
}
