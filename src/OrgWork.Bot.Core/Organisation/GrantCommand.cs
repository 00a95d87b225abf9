using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Organisation;

/// <summary><c>/grant USER ROLE</c>: sets a learner's role (member, trainer, admin — or 党员, 讲师, 管理员); admins only.</summary>
public sealed class GrantCommand(ILogger<GrantCommand> logger) : ICommandHandler
{
    public string Name => "grant";

    public string Description => UiText.CommandGrant;

    public Role RequiredRole => Role.Admin;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !long.TryParse(parts[0], out var userId) || ParseRole(parts[1]) is not { } role)
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.GrantUsage));
        }

        var learner = await context.Db.Learners.FirstOrDefaultAsync(l => l.Id == userId, cancellationToken);
        if (learner is null)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.GrantUnknownUser, userId));
        }

        logger.LogInformation("Admin {AdminId} granted {Role} to user {UserId} (was {Previous})", context.Learner.Id, role, userId, learner.Role);
        learner.Role = role;
        return ConversationResult.Of(ReplyFactory.Format(UiText.Granted, learner.DisplayName, userId, UiText.RoleName(role)));
    }

    private static Role? ParseRole(string text) => text.ToLowerInvariant() switch
    {
        "member" or "党员" or "学员" => Role.Member,
        "trainer" or "讲师" => Role.Trainer,
        "admin" or "管理员" => Role.Admin,
        _ => null,
    };
}
