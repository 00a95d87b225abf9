using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary>继续 an unfinished attempt of the presser's.</summary>
public sealed class ResumeButton(QuizSession session) : IButtonHandler
{
    public string Action => QuizActions.Resume;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var attempt = long.TryParse(payload.Argument(0), out var id)
            ? await context.Db.QuizAttempts.FirstOrDefaultAsync(a => a.Id == id && a.LearnerId == context.Learner.Id, cancellationToken)
            : null;
        return attempt is null
            ? ConversationResult.Notice(UiText.StaleButton)
            : await session.ResumeAsync(context, attempt, cancellationToken);
    }
}
