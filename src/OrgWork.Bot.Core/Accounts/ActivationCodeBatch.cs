using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Organisation.Roster;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Accounts;

/// <summary>
/// New activation codes for every roster member who has not activated yet (all, or one branch's): for
/// <c>roster codes --csv</c> and the dashboard's printable sheet. Earlier codes of those members stop working. One short
/// transaction under the write gate, with one audit entry for the batch (the codes themselves are never stored).
/// </summary>
public sealed class ActivationCodeBatch(IDbContextFactory<OrgWorkDbContext> contexts, IWriteGate writeGate, ActivationCodes codes, TimeProvider time)
{
    /// <summary>The issued codes, or null when <paramref name="branch"/> names no branch.</summary>
    public async Task<IReadOnlyList<IssuedCode>?> IssueAsync(string? branch, RosterActor actor, CancellationToken cancellationToken)
    {
        var issued = new List<IssuedCode>();
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            int? branchId = null;
            if (branch is not null)
            {
                branchId = await db.Branches.Where(b => b.Name == branch).Select(b => (int?)b.Id).FirstOrDefaultAsync(cancellationToken);
                if (branchId is null)
                {
                    return null;
                }
            }

            var now = time.GetUtcNow().UtcDateTime;
            var pending = await db.Learners
                .Where(l => l.Phone != null && l.ActivatedAt == null && l.DeactivatedAt == null && (branchId == null || l.BranchId == branchId))
                .Select(l => new { l.Id, l.DisplayName, l.Phone, Branch = db.Branches.Where(b => b.Id == l.BranchId).Select(b => b.Name).FirstOrDefault() })
                .ToListAsync(cancellationToken);
            foreach (var member in pending.OrderBy(m => m.Branch, StringComparer.Ordinal).ThenBy(m => m.DisplayName, StringComparer.Ordinal).ThenBy(m => m.Id))
            {
                var code = await codes.IssueAsync(db, member.Id, now, cancellationToken);
                issued.Add(new IssuedCode(member.DisplayName, member.Phone!, member.Branch ?? "", code, now + ActivationCodes.Lifetime));
            }

            db.AuditEntries.Add(new AuditEntry
            {
                At = now,
                ActorId = actor.LearnerId,
                ActorName = actor.Name,
                Action = AuditAction.ActivationCodeIssued,
                Subject = branch ?? UiText.CodesAllBranches,
                After = UiText.Format(UiText.AuditCodesIssued, issued.Count),
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return issued;
    }
}

/// <summary>A code just issued to a member (the plain code exists only here, for printing or the CSV).</summary>
public sealed record IssuedCode(string Name, string Phone, string Branch, string Code, DateTime ExpiresAt);
