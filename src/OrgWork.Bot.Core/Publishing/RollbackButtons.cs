using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>
/// Finds the version a rollback preview's button names, when the presser is a trainer and the one who asked for
/// the preview; null for a forged button or someone else's (answered with the stale-button notice).
/// </summary>
public sealed class RollbackButtons(ILogger<RollbackButtons> logger)
{
    public async Task<(RollbackTicket Ticket, ContentVersion Version)?> FindPressedAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var ticket = RollbackActions.Read(payload);
        if (context.Role < Role.Trainer || ticket is null || ticket.AskerId != context.Learner.Id)
        {
            logger.LogWarning("User {UserId} ({Role}) pressed rollback button {Data} that is not theirs", context.Learner.Id, context.Role, context.Input.ButtonData);
            return null;
        }

        var version = await context.Db.ContentVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == ticket.VersionId, cancellationToken);
        return version is null ? null : (ticket, version);
    }
}
