using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Organisation;

/// <summary>
/// <c>/branch add NAME</c> (prints its invite code), <c>/branch list</c> (the tree: branches under their 党委/党总支) and
/// <c>/branch parent BRANCH PARENT</c> (sets a branch's 上级党组织, creating it when new; <c>无</c> clears it); admins only.
/// </summary>
public sealed class BranchCommand(BranchDirectory branches, ILogger<BranchCommand> logger) : ICommandHandler
{
    private static readonly string[] NoParent = ["无", "-", "none"];

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
            case ["parent", var rest] when rest.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var branchName, var parentName]:
                return ConversationResult.Of(await SetParentAsync(context, branchName, parentName, cancellationToken));
            case ["parent", ..]:
                return ConversationResult.Of(ReplyFactory.Plain(UiText.BranchParentUsage));
            default:
                return ConversationResult.Of(ReplyFactory.Plain(UiText.BranchUsage));
        }
    }

    private async Task<Reply> SetParentAsync(ConversationContext context, string branchName, string parentName, CancellationToken cancellationToken)
    {
        var branch = await context.Db.Branches.FirstOrDefaultAsync(b => b.Name == branchName, cancellationToken);
        if (branch is null)
        {
            return ReplyFactory.Format(UiText.BranchUnknown, branchName);
        }

        var before = branch.ParentId is { } oldId
            ? await context.Db.ParentOrganisations.Where(p => p.Id == oldId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var clear = NoParent.Contains(parentName, StringComparer.OrdinalIgnoreCase);
        if (clear ? before is null : before == parentName)
        {
            return clear ? ReplyFactory.Format(UiText.BranchParentCleared, branchName) : ReplyFactory.Format(UiText.BranchParentUnchanged, branchName, parentName);
        }

        if (clear)
        {
            branch.ParentId = null;
        }
        else
        {
            var parent = await context.Db.ParentOrganisations.FirstOrDefaultAsync(p => p.Name == parentName, cancellationToken);
            if (parent is null)
            {
                parent = new ParentOrganisation { Name = parentName, CreatedAt = context.UtcNow };
                context.Db.ParentOrganisations.Add(parent);
                await context.Db.SaveChangesAsync(cancellationToken);
            }

            branch.ParentId = parent.Id;
        }

        context.Db.AuditEntries.Add(new AuditEntry
        {
            At = context.UtcNow,
            ActorId = context.Learner.Id,
            ActorName = context.Learner.DisplayName,
            Action = AuditAction.BranchParent,
            Subject = branchName,
            Before = before,
            After = clear ? null : parentName,
        });
        logger.LogInformation("Admin {UserId} set the parent organisation of branch {BranchId}", context.Learner.Id, branch.Id);
        return clear ? ReplyFactory.Format(UiText.BranchParentCleared, branchName) : ReplyFactory.Format(UiText.BranchParentSet, branchName, parentName);
    }

    private static async Task<Reply> ListAsync(ConversationContext context, CancellationToken cancellationToken)
    {
        var rows = await context.Db.Branches
            .OrderBy(b => b.Name)
            .Select(b => new { b.Name, b.InviteCode, b.ParentId, Members = context.Db.Learners.Count(l => l.BranchId == b.Id && l.DeactivatedAt == null) })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return ReplyFactory.Plain(UiText.BranchNone);
        }

        var parents = await context.Db.ParentOrganisations.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var text = new RichTextBuilder().Bold(UiText.BranchListTitle);
        var groups = parents
            .Select(p => (Name: (string?)p.Name, Branches: rows.Where(r => r.ParentId == p.Id).ToList()))
            .Append((Name: parents.Count > 0 ? UiText.BranchTreeNoParent : null, Branches: rows.Where(r => r.ParentId is null).ToList()))
            .Where(g => g.Branches.Count > 0);
        foreach (var group in groups)
        {
            var indent = "";
            if (group.Name is not null)
            {
                text.Text("\n").Bold(group.Name);
                indent = "  ";
            }

            foreach (var row in group.Branches)
            {
                text.Text("\n" + indent + "• " + UiText.Format(UiText.BranchListItem, row.Name, row.InviteCode, row.Members));
            }
        }

        return new Reply { Text = text.Build() };
    }
}
