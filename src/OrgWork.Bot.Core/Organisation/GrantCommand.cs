using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Accounts;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Organisation;

/// <summary>
/// <c>/grant WHO ROLE</c>: sets a person's role (member, trainer, admin — or 党员, 讲师, 管理员); admins only. WHO is a
/// user id, a roster member's 手机号 or their name; a name shared by several members is answered with the list to
/// choose from. Every change is written to the audit log.
/// </summary>
public sealed class GrantCommand(AuditLog audit, ILogger<GrantCommand> logger) : ICommandHandler
{

    public string Name => "grant";

    public string Description => UiText.CommandGrant;

    public Role RequiredRole => Role.Admin;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || ParseRole(parts[1]) is not { } role)
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.GrantUsage));
        }

        var who = parts[0];
        var candidates = await RosterLookup.FindAsync(context.Db, who, cancellationToken);
        switch (candidates.Count)
        {
            case 0:
                return ConversationResult.Of(ReplyFactory.Format(UiText.GrantUnknownUser, who));
            case > 1:
                var choices = string.Join('\n', candidates.Select(c => UiText.Format(
                    UiText.GrantChoice, c.DisplayName, c.Phone is { } phone ? PhoneMask.Mask(phone) : "—", c.Id.ToString(CultureInfo.InvariantCulture))));
                return ConversationResult.Of(ReplyFactory.Format(UiText.GrantAmbiguous, candidates.Count, who, choices));
        }

        var learner = candidates[0];
        if (learner.Role != role)
        {
            audit.Record(context.Db, context.UtcNow, context.Learner, AuditAction.MemberRole, MemberDirectory.Subject(learner), UiText.RoleName(learner.Role), UiText.RoleName(role));
            logger.LogInformation("Admin {AdminId} granted {Role} to learner {LearnerId} (was {Previous})", context.Learner.Id, role, learner.Id, learner.Role);
            learner.Role = role;
        }

        return ConversationResult.Of(ReplyFactory.Format(UiText.Granted, learner.DisplayName, learner.Id, UiText.RoleName(role)));
    }

    private static Role? ParseRole(string text) => text.ToLowerInvariant() switch
    {
        "member" or "党员" or "学员" => Role.Member,
        "trainer" or "讲师" => Role.Trainer,
        "admin" or "管理员" => Role.Admin,
        _ => null,
    };
}
