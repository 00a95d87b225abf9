using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Knowledge.Conversation;

/// <summary><c>/ask QUESTION</c>: a policy question.</summary>
public sealed class AskCommand(PolicyQuestionFlow flow) : ICommandHandler
{
    public string Name => "ask";

    public string Description => UiText.CommandAsk;

    public Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(arguments)
            ? Task.FromResult(ConversationResult.Of(ReplyFactory.Plain(UiText.PolicyAskUsage)))
            : flow.AskAsync(context, arguments.Trim(), cancellationToken);
}
