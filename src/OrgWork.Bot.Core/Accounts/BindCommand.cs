using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Accounts;

/// <summary>
/// <c>/bind CODE</c>: binds the chatting account (a Telegram user, or the terminal's <c>--user</c>) to the roster member
/// of an activation code. From then on the account acts as that member: real name, branch, role and their records.
/// </summary>
public sealed class BindCommand(ActivationCodes codes, ILogger<BindCommand> logger) : ICommandHandler
{
    public string Name => "bind";

    public string Description => UiText.CommandBind;

    public Role RequiredRole => Role.Member;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(arguments))
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.BindUsage));
        }

        if (context.Learner.Phone is not null)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.BindAlready, context.Learner.DisplayName));
        }

        if (await codes.FindAsync(context.Db, arguments, context.UtcNow, cancellationToken) is not { } found)
        {
            logger.LogInformation("User {UserId} gave an invalid or used activation code", context.Input.UserId);
            return ConversationResult.Of(ReplyFactory.Plain(UiText.BindInvalidCode));
        }

        var (code, member) = found;
        var accountId = context.Input.UserId;
        if (await context.Db.AccountAliases.AnyAsync(a => a.AliasId == accountId, cancellationToken))
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.BindAlready, context.Learner.DisplayName));
        }

        context.Db.AccountAliases.Add(new AccountAlias { AliasId = accountId, LearnerId = member.Id, CreatedAt = context.UtcNow });
        ActivationCodes.Redeem(code, member, context.UtcNow);
        logger.LogInformation("User {UserId} bound to roster member {LearnerId}", accountId, member.Id);

        var branch = member.BranchId is { } branchId
            ? await context.Db.Branches.Where(b => b.Id == branchId).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        return ConversationResult.Of(ReplyFactory.Format(UiText.BindDone, member.DisplayName, branch ?? UiText.BindNoBranch));
    }
}
