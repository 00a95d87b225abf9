using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Commands;

namespace OrgWork.Bot.Core.Organisation;

/// <summary>Puts the learner into the branch of an invite code, from <c>/join CODE</c> or a <c>/start CODE</c> deep link.</summary>
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

        context.Learner.BranchId = branch.Id;
        return ReplyFactory.Format(UiText.BranchJoined, branch.Name);
    }
}
