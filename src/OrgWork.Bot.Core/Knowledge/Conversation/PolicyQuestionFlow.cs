using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Core.Knowledge.Coverage;

namespace OrgWork.Bot.Core.Knowledge.Conversation;

/// <summary>
/// One question in a chat: answer it with the chat's recent turns, record the turn (and, when nothing was found, the
/// coverage gap), render the reply.
/// </summary>
public sealed class PolicyQuestionFlow(PolicyAnswerer answerer, PolicyConversation conversation, CoverageGaps gaps)
{
    public async Task<ConversationResult> AskAsync(ConversationContext context, string question, CancellationToken cancellationToken)
    {
        var chatKey = PolicyConversation.ChatKeyOf(context.Input);
        var history = await conversation.RecentAsync(context.Db, chatKey, cancellationToken);
        var answer = await answerer.AnswerAsync(question, history, cancellationToken);
        if (answer.Kind == AnswerKind.NotFound)
        {
            // The completed question (a follow-up filled in from earlier turns) is what staff can act on.
            await gaps.RecordAsync(context.Db, answer.SearchedQuestion.Length > 0 ? answer.SearchedQuestion : question, context.UtcNow, cancellationToken);
        }

        var turn = await conversation.AddAsync(context.Db, chatKey, question, answer, context.UtcNow, cancellationToken);
        return ConversationResult.Of(PolicyReplies.Answer(answer, turn.Id));
    }
}
