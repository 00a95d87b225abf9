using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Organisation;

/// <summary><c>/join CODE</c>: join a branch with its invite code.</summary>
public sealed class JoinCommand(BranchJoiner joiner) : ICommandHandler
{
    public string Name => "join";

    public string Description => UiText.CommandJoin;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        if (arguments.Length == 0)
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.JoinUsage));
        }

        return ConversationResult.Of(await joiner.TryHandleAsync(context, arguments, cancellationToken) ?? ReplyFactory.Format(UiText.BranchCodeUnknown, arguments));
    }
}
