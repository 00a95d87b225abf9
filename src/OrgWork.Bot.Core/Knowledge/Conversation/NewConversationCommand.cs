using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Knowledge.Conversation;

/// <summary><c>/new</c>: forget the chat's earlier questions, so the next one is not read as a follow-up.</summary>
public sealed class NewConversationCommand(PolicyConversation conversation) : ICommandHandler
{
    public string Name => "new";

    public string Description => UiText.CommandNew;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        await conversation.ClearAsync(context.Db, PolicyConversation.ChatKeyOf(context.Input), cancellationToken);
        return ConversationResult.Of(ReplyFactory.Plain(UiText.PolicyNewConversation));
    }
}
