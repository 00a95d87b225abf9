using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Commands;

namespace OrgWork.Bot.Core.Organisation;

/// <summary>
/// Puts a learner who has no branch yet into the branch of an invite code, from <c>/join CODE</c> or a <c>/start CODE</c>
/// deep link. A learner who has a branch keeps it: branch membership is the roster's (or an admin's) decision.
/// </summary>
public sealed class BranchJoiner(BranchDirectory branches) : IStartCodeHandler
{
    public async Task<Reply?> TryHandleAsync(ConversationContext context, string code, CancellationToken cancellationToken)
    {
        var branch = await branches.FindByCodeAsync(context.Db, code, cancellationToken);
        if (branch is null)
        {
            return null;
        }

        if (context.Learner.BranchId == branch.Id)
        {
            return ReplyFactory.Format(UiText.BranchAlreadyIn, branch.Name);
        }

        if (context.Learner.BranchId is { } current)
        {
            var currentName = await context.Db.Branches.Where(b => b.Id == current).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken);
            return ReplyFactory.Format(UiText.BranchMemberHasBranch, currentName ?? "");
        }

        context.Learner.BranchId = branch.Id;
        return ReplyFactory.Format(UiText.BranchJoined, branch.Name);
    }
}
