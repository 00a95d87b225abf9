using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Reports;

/// <summary>
/// Groups learners' facts by branch, or by the 党委/党总支 above their branch (the organisation tree), in name order:
/// branches without a parent come together under one row at the parent level, and learners without a branch last
/// (when <c>includeUnassigned</c>).
/// </summary>
public static class OrganisationGroups
{
    public static async Task<List<(string Name, List<LearnerFacts> Members)>> GroupAsync(
        OrgWorkDbContext db, IReadOnlyList<LearnerFacts> facts, ReportLevel level, bool includeUnassigned, CancellationToken cancellationToken)
    {
        var branches = await db.Branches.AsNoTracking().OrderBy(b => b.Name).Select(b => new { b.Id, b.Name, b.ParentId }).ToListAsync(cancellationToken);
        var groups = new List<(string Name, List<LearnerFacts> Members)>();
        if (level == ReportLevel.Branch)
        {
            groups.AddRange(branches.Select(b => (b.Name, facts.Where(f => f.BranchId == b.Id).ToList())));
        }
        else
        {
            var parents = await db.ParentOrganisations.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
            var parentOf = branches.ToDictionary(b => b.Id, b => b.ParentId);
            groups.AddRange(parents.Select(p => (p.Name, facts.Where(f => f.BranchId is { } id && parentOf.GetValueOrDefault(id) == p.Id).ToList())));
            var orphans = facts.Where(f => f.BranchId is { } id && parentOf.GetValueOrDefault(id) is null).ToList();
            if (orphans.Count > 0)
            {
                groups.Add((UiText.ReportNoParent, orphans));
            }
        }

        var unassigned = facts.Where(f => f.BranchId is null).ToList();
        if (includeUnassigned && unassigned.Count > 0)
        {
            groups.Add((UiText.ReportNoBranch, unassigned));
        }

        return groups;
    }
}
