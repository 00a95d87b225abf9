using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Indexing;

namespace OrgWork.Bot.Core.Knowledge.Conversation;

/// <summary>
/// Plain text that no other flow took is a policy question, once there are policy documents to answer from. In a group
/// only <c>/ask</c> asks: the bot must not answer every message of a group conversation.
/// </summary>
public sealed class PolicyQuestionText(PolicyQuestionFlow flow, PolicyIndex index) : ITextHandler
{
    /// <summary>Last: quizzes, uploads and other flows that expect text come first.</summary>
    public int Order => 1000;

    public async Task<ConversationResult?> TryHandleAsync(ConversationContext context, CancellationToken cancellationToken)
    {
        var text = context.Input.Text.Trim();
        if (text.Length == 0 || !context.Input.IsPrivateChat || (await index.GetAsync(cancellationToken)).Chunks.Count == 0)
        {
            return null;
        }

        return await flow.AskAsync(context, text, cancellationToken);
    }
}
