using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Organisation;

/// <summary><c>/branch add NAME</c> (prints its invite code) and <c>/branch list</c>; admins only.</summary>
public sealed class BranchCommand(BranchDirectory branches, ILogger<BranchCommand> logger) : ICommandHandler
{
    public string Name => "branch";

    public string Description => UiText.CommandBranch;

    public Role RequiredRole => Role.Admin;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var parts = arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        switch (parts)
        {
            case ["add", var name]:
                var branch = await branches.CreateAsync(context.Db, name, context.UtcNow, cancellationToken);
                if (branch is null)
                {
                    return ConversationResult.Of(ReplyFactory.Format(UiText.BranchExists, name));
                }

                logger.LogInformation("Admin {UserId} created branch {Branch} with invite code {Code}", context.Learner.Id, name, branch.InviteCode);
                return ConversationResult.Of(ReplyFactory.Format(UiText.BranchCreated, branch.Name, branch.InviteCode));
            case ["list"] or []:
                return ConversationResult.Of(await ListAsync(context, cancellationToken));
            default:
                return ConversationResult.Of(ReplyFactory.Plain(UiText.BranchUsage));
        }
    }

    private static async Task<Reply> ListAsync(ConversationContext context, CancellationToken cancellationToken)
    {
        var rows = await context.Db.Branches
            .OrderBy(b => b.Name)
            .Select(b => new { b.Name, b.InviteCode, Members = context.Db.Learners.Count(l => l.BranchId == b.Id) })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return ReplyFactory.Plain(UiText.BranchNone);
        }

        var text = new RichTextBuilder().Bold(UiText.BranchListTitle);
        foreach (var row in rows)
        {
            text.Text("\n• " + UiText.Format(UiText.BranchListItem, row.Name, row.InviteCode, row.Members));
        }

        return new Reply { Text = text.Build() };
    }
}
