namespace OrgWork.Bot.Core.Conversation;

/// <summary>One slash command, e.g. <c>/courses</c>.</summary>
public interface ICommandHandler
{
    /// <summary>The command without its slash, lowercase.</summary>
    string Name { get; }

    /// <summary>A short Chinese description for /help and the Telegram command menu.</summary>
    string Description { get; }

    /// <summary>Whether the command is listed in /help and the menu.</summary>
    bool IsListed => true;

    Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken);
}
