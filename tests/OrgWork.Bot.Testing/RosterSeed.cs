using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Accounts;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Testing;

/// <summary>Puts roster members straight into a test database (as a roster import would) and issues their activation codes.</summary>
public static class RosterSeed
{
    public static async Task<Learner> AddMemberAsync(OrgWorkDbContext db, string name, string phone, string? branch = null, Role role = Role.Member)
    {
        int? branchId = null;
        if (branch is not null)
        {
            var existing = await db.Branches.FirstOrDefaultAsync(b => b.Name == branch);
            if (existing is null)
            {
                existing = new Branch { Name = branch, InviteCode = "T" + Random.Shared.Next(1_000_000, 9_999_999), CreatedAt = DateTime.UtcNow };
                db.Branches.Add(existing);
                await db.SaveChangesAsync();
            }

            branchId = existing.Id;
        }

        var lowest = await db.Learners.Where(l => l.Id <= RosterLearnerIds.First).MinAsync(l => (long?)l.Id);
        var member = new Learner
        {
            Id = RosterLearnerIds.After(lowest),
            DisplayName = name,
            Phone = phone,
            BranchId = branchId,
            Role = role,
            CreatedAt = DateTime.UtcNow,
            LastSeenAt = DateTime.UtcNow,
        };
        db.Learners.Add(member);
        await db.SaveChangesAsync();
        return member;
    }

    public static async Task<string> IssueCodeAsync(IServiceProvider services, OrgWorkDbContext db, long learnerId, DateTime utcNow)
    {
        var code = await services.GetRequiredService<ActivationCodes>().IssueAsync(db, learnerId, utcNow, CancellationToken.None);
        await db.SaveChangesAsync();
        return code;
    }
}
