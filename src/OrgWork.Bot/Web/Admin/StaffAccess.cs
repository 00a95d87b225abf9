using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Web.Admin;

/// <summary>A web user's effective role, read on every request (a <c>/grant</c> takes effect at once; nothing is kept in the cookie).</summary>
public sealed class StaffAccess(IDbContextFactory<OrgWorkDbContext> contexts, RoleResolver roles)
{
    public async Task<Role> RoleOfAsync(long learnerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var learner = await db.Learners.AsNoTracking().FirstOrDefaultAsync(l => l.Id == learnerId, cancellationToken)
            ?? new Learner { Id = learnerId };
        var accounts = await db.AccountAliases.Where(a => a.LearnerId == learnerId).Select(a => a.AliasId).ToListAsync(cancellationToken);
        return roles.Effective(learner, accounts);
    }

    public async Task<bool> IsStaffAsync(long learnerId, CancellationToken cancellationToken) =>
        await RoleOfAsync(learnerId, cancellationToken) >= Role.Trainer;

    public async Task<bool> IsAdminAsync(long learnerId, CancellationToken cancellationToken) =>
        await RoleOfAsync(learnerId, cancellationToken) >= Role.Admin;
}
