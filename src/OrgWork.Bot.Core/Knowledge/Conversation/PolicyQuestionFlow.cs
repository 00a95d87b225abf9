using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Answering;

namespace OrgWork.Bot.Core.Knowledge.Conversation;

/// <summary>One question in a chat: answer it with the chat's recent turns, record the turn, render the reply.</summary>
public sealed class PolicyQuestionFlow(PolicyAnswerer answerer, PolicyConversation conversation)
{
    public async Task<ConversationResult> AskAsync(ConversationContext context, string question, CancellationToken cancellationToken)
    {
        var chatKey = PolicyConversation.ChatKeyOf(context.Input);
        var history = await conversation.RecentAsync(context.Db, chatKey, cancellationToken);
        var answer = await answerer.AnswerAsync(question, history, cancellationToken);
        var turn = await conversation.AddAsync(context.Db, chatKey, question, answer, context.UtcNow, cancellationToken);
        return ConversationResult.Of(PolicyReplies.Answer(answer, turn.Id));
    }
}
