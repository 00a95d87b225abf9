using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Accounts;

/// <summary>
/// The roster's members for admins: listing with filters and 学时 this year, and the changes an admin makes (branch,
/// role, deactivation, a new activation code). Every change is written to the audit log in the same unit of work
/// (who, when, what, before → after); the caller saves, inside its short transaction.
/// </summary>
public sealed class MemberDirectory(StudyHours hours, LearningClock clock, ActivationCodes codes, AuditLog audit)
{
    public async Task<(IReadOnlyList<MemberRow> Rows, int Total)> SearchAsync(OrgWorkDbContext db, MemberQuery query, DateTime utcNow, CancellationToken cancellationToken)
    {
        var members = db.Learners.AsNoTracking().Where(l => l.Phone != null);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            members = members.Where(l => l.DisplayName.Contains(text) || l.Phone!.Contains(text));
        }

        if (query.BranchId is { } branchId)
        {
            members = members.Where(l => l.BranchId == branchId);
        }

        if (query.Role is { } role)
        {
            members = members.Where(l => l.Role == role);
        }

        members = query.Status switch
        {
            MemberStatus.Deactivated => members.Where(l => l.DeactivatedAt != null),
            MemberStatus.Active => members.Where(l => l.DeactivatedAt == null && l.ActivatedAt != null),
            MemberStatus.NotActivated => members.Where(l => l.DeactivatedAt == null && l.ActivatedAt == null),
            _ => members,
        };

        var total = await members.CountAsync(cancellationToken);
        var page = members
            .OrderBy(l => l.BranchId).ThenBy(l => l.DisplayName).ThenBy(l => l.Id)
            .Skip((Math.Max(query.Page, 1) - 1) * MemberQuery.PageSize).Take(MemberQuery.PageSize);
        return (await RowsAsync(db, page, utcNow, cancellationToken), total);
    }

    /// <summary>One roster member's row; null when the id is not a roster member's.</summary>
    public async Task<MemberRow?> RowAsync(OrgWorkDbContext db, long memberId, DateTime utcNow, CancellationToken cancellationToken) =>
        (await RowsAsync(db, db.Learners.AsNoTracking().Where(l => l.Id == memberId && l.Phone != null), utcNow, cancellationToken)).SingleOrDefault();

    /// <summary>The rows of the given members, in their order, with their branch and 学时 this (local) year.</summary>
    private async Task<IReadOnlyList<MemberRow>> RowsAsync(OrgWorkDbContext db, IQueryable<Learner> members, DateTime utcNow, CancellationToken cancellationToken)
    {
        var yearStart = new DateOnly(clock.LocalDate(utcNow).Year, 1, 1);
        var found = await members
            .Select(l => new
            {
                l.Id,
                l.DisplayName,
                l.Phone,
                l.Role,
                l.Category,
                l.ActivatedAt,
                l.DeactivatedAt,
                l.LastSeenAt,
                Branch = db.Branches.Where(b => b.Id == l.BranchId).Select(b => b.Name).FirstOrDefault(),
                Minutes = db.StudyCredits.Where(c => c.LearnerId == l.Id && c.LocalDate >= yearStart).Sum(c => (int?)c.Minutes) ?? 0,
            })
            .ToListAsync(cancellationToken);
        return found.Select(m => new MemberRow(
            m.Id, m.DisplayName, m.Phone, m.Branch, m.Role, m.Category,
            m.DeactivatedAt is not null ? MemberStatus.Deactivated : m.ActivatedAt is not null ? MemberStatus.Active : MemberStatus.NotActivated,
            m.LastSeenAt, hours.FromMinutes(m.Minutes))).ToList();
    }

    public async Task<bool> ChangeBranchAsync(OrgWorkDbContext db, Learner actor, long memberId, int? branchId, DateTime utcNow, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, memberId, cancellationToken) is not { } member || member.BranchId == branchId)
        {
            return false;
        }

        var names = await db.Branches.Where(b => b.Id == member.BranchId || b.Id == branchId).ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        if (branchId is { } id && !names.ContainsKey(id))
        {
            return false;
        }

        audit.Record(db, utcNow, actor, AuditAction.MemberBranch, Subject(member), NameOf(names, member.BranchId), NameOf(names, branchId));
        member.BranchId = branchId;
        return true;
    }

    public async Task<bool> ChangeRoleAsync(OrgWorkDbContext db, Learner actor, long memberId, Role role, DateTime utcNow, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, memberId, cancellationToken) is not { } member || member.Role == role)
        {
            return false;
        }

        audit.Record(db, utcNow, actor, AuditAction.MemberRole, Subject(member), UiText.RoleName(member.Role), UiText.RoleName(role));
        member.Role = role;
        return true;
    }

    /// <summary>Deactivates (history kept, no sign-in, no chat) or reactivates a member.</summary>
    public async Task<bool> SetActiveAsync(OrgWorkDbContext db, Learner actor, long memberId, bool active, DateTime utcNow, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, memberId, cancellationToken) is not { } member || (member.DeactivatedAt is null) == active)
        {
            return false;
        }

        audit.Record(
            db, utcNow, actor, active ? AuditAction.MemberReactivate : AuditAction.MemberDeactivate, Subject(member),
            active ? UiText.MemberStatusName(MemberStatus.Deactivated) : UiText.MemberStatusName(MemberStatus.Active),
            active ? UiText.MemberStatusName(MemberStatus.Active) : UiText.MemberStatusName(MemberStatus.Deactivated));
        member.DeactivatedAt = active ? null : utcNow;
        return true;
    }

    /// <summary>A new activation code (earlier ones stop working); the plain code is returned once, the log says only that one was issued.</summary>
    public async Task<string?> IssueCodeAsync(OrgWorkDbContext db, Learner? actor, long memberId, DateTime utcNow, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, memberId, cancellationToken) is not { } member || member.DeactivatedAt is not null)
        {
            return null;
        }

        audit.Record(db, utcNow, actor, AuditAction.ActivationCodeIssued, Subject(member), null, UiText.Format(UiText.AuditCodeIssued, clock.LocalDate(utcNow + ActivationCodes.Lifetime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return await codes.IssueAsync(db, member.Id, utcNow, cancellationToken);
    }

    /// <summary>How a member is named in the audit log: name and learner id, never the 手机号.</summary>
    public static string Subject(Learner member) => $"{member.DisplayName}（#{member.Id}）";

    private static Task<Learner?> FindAsync(OrgWorkDbContext db, long memberId, CancellationToken cancellationToken) =>
        db.Learners.FirstOrDefaultAsync(l => l.Id == memberId && l.Phone != null, cancellationToken);

    private static string NameOf(Dictionary<int, string> names, int? id) =>
        id is { } value && names.TryGetValue(value, out var name) ? name : UiText.BindNoBranch;
}
