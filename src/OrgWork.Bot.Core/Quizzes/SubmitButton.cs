using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary>提交 on a multiple-choice question: the ticked options are the answer.</summary>
public sealed class SubmitButton(QuizSession session) : IButtonHandler
{
    public string Action => QuizActions.Submit;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var (attempt, question, refusal) = await session.LoadForAnswerAsync(context, payload, cancellationToken);
        if (refusal is not null)
        {
            return ConversationResult.Notice(refusal);
        }

        var chosen = attempt!.PendingSelection.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Where(id => question!.Options.Any(o => o.Id == id))
            .ToHashSet();
        if (chosen.Count == 0)
        {
            return ConversationResult.Notice(UiText.QuizChooseFirst);
        }

        return await session.AnswerAsync(context, attempt, question!, chosen, cancellationToken);
    }
}
