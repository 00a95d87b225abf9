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

    /// <summary>Personal flows (quizzes, scores): used in a group, their replies go to the person's private chat.</summary>
    bool IsPrivateFlow => false;

    /// <summary>The least role that may use the command; checked on every use.</summary>
    Storage.Role RequiredRole => Storage.Role.Member;

    Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken);
}
