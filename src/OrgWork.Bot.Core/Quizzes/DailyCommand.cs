using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary><c>/daily</c> (每日答题): one quiz per local calendar day; points once per day; a streak of days.</summary>
public sealed class DailyCommand(QuizSession session, DailyQuestionPicker picker, IOptions<LearningOptions> options) : ICommandHandler
{
    public string Name => "daily";

    public bool IsPrivateFlow => true;

    public string Description => UiText.CommandDaily;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var today = session.TodayKey(context.UtcNow);
        var attempt = await context.Db.QuizAttempts
            .FirstOrDefaultAsync(a => a.LearnerId == context.Learner.Id && a.Kind == QuizKind.Daily && a.SourceKey == today, cancellationToken);
        if (attempt is not null)
        {
            return await session.ResumeAsync(context, attempt, cancellationToken);
        }

        var questions = await picker.PickAsync(context.Db, context.Catalogue, context.Learner.Id, today, options.Value.DailyQuizSize, cancellationToken);
        return questions.Count == 0
            ? ConversationResult.Of(ReplyFactory.Plain(UiText.QuizNoneAnywhere))
            : await session.StartAsync(context, QuizKind.Daily, today, questions, cancellationToken);
    }
}
