using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary>An option pressed on a single-choice or true/false question.</summary>
public sealed class AnswerButton(QuizSession session) : IButtonHandler
{
    public string Action => QuizActions.Answer;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var (attempt, question, refusal) = await session.LoadForAnswerAsync(context, payload, cancellationToken);
        if (refusal is not null)
        {
            return ConversationResult.Notice(refusal);
        }

        var optionId = payload.Argument(2);
        if (question!.Kind == Content.QuestionKind.MultipleChoice || question.Options.All(o => o.Id != optionId))
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        return await session.AnswerAsync(context, attempt!, question, new HashSet<string> { optionId! }, cancellationToken);
    }
}
