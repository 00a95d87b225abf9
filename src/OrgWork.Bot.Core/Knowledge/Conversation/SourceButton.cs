using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Knowledge.Conversation;

/// <summary>A source button under an answer: shows the cited passage. Another chat's or a forged button gets a notice.</summary>
public sealed class SourceButton(PolicyConversation conversation) : IButtonHandler
{
    public string Action => PolicyReplies.SourceAction;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var source = long.TryParse(payload.Argument(0), out var turnId) && payload.NumberArgument(1) is { } number
            ? await conversation.SourceAsync(context.Db, PolicyConversation.ChatKeyOf(context.Input), turnId, number, cancellationToken)
            : null;
        return source is null
            ? ConversationResult.Notice(UiText.PolicySourceGone)
            : ConversationResult.Of(PolicyReplies.Source(source));
    }
}
