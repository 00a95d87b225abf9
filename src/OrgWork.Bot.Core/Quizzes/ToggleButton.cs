using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary>An option ticked or unticked on a multiple-choice question.</summary>
public sealed class ToggleButton(QuizSession session) : IButtonHandler
{
    public string Action => QuizActions.Toggle;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var (attempt, question, refusal) = await session.LoadForAnswerAsync(context, payload, cancellationToken);
        if (refusal is not null)
        {
            return ConversationResult.Notice(refusal);
        }

        var optionId = payload.Argument(2);
        if (question!.Kind != Content.QuestionKind.MultipleChoice || question.Options.All(o => o.Id != optionId))
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        return ConversationResult.Of(session.Toggle(attempt!, question, optionId!));
    }
}
