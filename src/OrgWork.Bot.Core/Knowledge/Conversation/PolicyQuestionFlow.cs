using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Core.Knowledge.Coverage;
using OrgWork.Bot.Core.Knowledge.Feedback;
using OrgWork.Bot.Core.Knowledge.Storage;

namespace OrgWork.Bot.Core.Knowledge.Conversation;

/// <summary>
/// One question in a chat, in the engine's two steps: the turn reads the chat's recent turns and hands the answering
/// (search, embeddings, the model: slow and remote) to the engine as deferred work; the committing step records the
/// turn (and, when nothing was found, the coverage gap) and renders the reply. A member has one question in flight.
/// </summary>
public sealed class PolicyQuestionFlow(PolicyAnswerer answerer, PolicyConversation conversation, CoverageGaps gaps, StaffQuestions queue, PendingQuestions pending)
{
    public async Task<ConversationResult> AskAsync(ConversationContext context, string question, CancellationToken cancellationToken)
    {
        if (pending.TryBegin(context.Learner.Id) is not { } lease)
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.PolicyStillAnswering));
        }

        try
        {
            var chatKey = PolicyConversation.ChatKeyOf(context.Input);
            var history = await conversation.RecentAsync(context.Db, chatKey, cancellationToken);
            var memberId = context.Learner.Id;
            return ConversationResult.Later(DeferredWork.Create(
                (partial, ct) => answerer.AnswerAsync(question, history, memberId, ct, partial),
                (committing, answer, ct) => RecordAsync(committing, chatKey, question, answer, ct),
                lease));
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    private async Task<ConversationResult> RecordAsync(
        ConversationContext context, string chatKey, string question, PolicyAnswer answer, CancellationToken cancellationToken)
    {
        if (answer.Kind == AnswerKind.NotFound)
        {
            // The completed question (a follow-up filled in from earlier turns) is what staff can act on.
            var asked = answer.SearchedQuestion.Length > 0 ? answer.SearchedQuestion : question;
            await gaps.RecordAsync(context.Db, asked, context.UtcNow, cancellationToken);
            queue.Add(context.Db, context.Input, context.Learner.Id, asked, answer.Text, QueueReason.Unanswered, context.UtcNow);
        }

        var turn = await conversation.AddAsync(context.Db, chatKey, question, answer, context.UtcNow, cancellationToken);
        return ConversationResult.Of(PolicyReplies.Answer(answer, turn.Id));
    }
}
