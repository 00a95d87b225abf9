using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Storage;

namespace OrgWork.Bot.Core.Knowledge.Feedback;

/// <summary>
/// 👍 / 👎 under a policy answer: counted once per member and answer (a second press, a redelivery or a concurrent
/// press on another instance changes nothing); 👎 puts the question and the answer given in the staff queue.
/// </summary>
public sealed class FeedbackButton(StaffQuestions queue) : IButtonHandler
{
    public const string ActionName = "fb";

    public string Action => ActionName;

    public static string Data(long turnId, bool helpful) =>
        ButtonPayload.Create(ActionName, turnId.ToString(CultureInfo.InvariantCulture), helpful ? "1" : "0");

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (!long.TryParse(payload.Argument(0), CultureInfo.InvariantCulture, out var turnId) || payload.Argument(1) is not ("1" or "0"))
        {
            return ConversationResult.Notice(UiText.PolicySourceGone);
        }

        var memberId = context.Learner.Id;
        if (await context.Db.Set<AnswerFeedback>().AnyAsync(f => f.TurnId == turnId && f.MemberId == memberId, cancellationToken))
        {
            return ConversationResult.Notice(UiText.FeedbackAlreadyGiven);
        }

        var chatKey = Conversation.PolicyConversation.ChatKeyOf(context.Input);
        var turn = await context.Db.Set<PolicyChatTurn>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == turnId && t.ChatKey == chatKey, cancellationToken);
        if (turn is null)
        {
            return ConversationResult.Notice(UiText.PolicySourceGone);
        }

        var helpful = payload.Argument(1) == "1";
        context.Db.Add(new AnswerFeedback { TurnId = turnId, MemberId = memberId, Helpful = helpful, CreatedAt = context.UtcNow });
        if (!helpful)
        {
            var question = turn.SearchedQuestion.Length > 0 ? turn.SearchedQuestion : turn.Question;
            queue.Add(context.Db, context.Input, memberId, question, turn.Answer, QueueReason.Disliked, context.UtcNow);
        }

        return ConversationResult.Notice(helpful ? UiText.FeedbackThanks : UiText.FeedbackQueued);
    }
}
