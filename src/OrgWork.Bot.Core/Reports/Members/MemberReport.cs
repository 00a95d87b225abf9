using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Reports.Members;

/// <summary>
/// <c>report --members</c> and the dashboard's members section: one row per member (deactivated members left out) with the
/// 学时 and 积分 earned in a period, the 必修完成 and 考试 of <see cref="IMemberStudyStatus"/>, and those below the annual 学时
/// target on their own. Four set-form queries whatever the number of members (no query per member).
/// </summary>
public sealed class MemberReport(StudyHours hours, IMemberStudyStatus studyStatus)
{
    /// <summary>Null when the filters name a branch and parent that exist, else the Chinese error to show.</summary>
    public async Task<string?> CheckFiltersAsync(OrgWorkDbContext db, MemberReportQuery query, CancellationToken cancellationToken)
    {
        if (query.Branch is { } branch && !await db.Branches.AnyAsync(b => b.Name == branch, cancellationToken))
        {
            return UiText.Format(UiText.MemberReportUnknownBranch, branch);
        }

        if (query.Parent is { } parent && !await db.ParentOrganisations.AnyAsync(p => p.Name == parent, cancellationToken))
        {
            return UiText.Format(UiText.MemberReportUnknownParent, parent);
        }

        return null;
    }

    public async Task<MemberReportResult> BuildAsync(OrgWorkDbContext db, MemberReportQuery query, CancellationToken cancellationToken)
    {
        var members = Members(db, query);
        var ids = members.Select(m => m.Id);
        var learners = await members.ToListAsync(cancellationToken);
        var minutes = await db.StudyCredits
            .Where(c => c.LocalDate >= query.From && c.LocalDate <= query.To && ids.Contains(c.LearnerId))
            .GroupBy(c => c.LearnerId)
            .Select(g => new { g.Key, Minutes = g.Sum(c => (long)c.Minutes) })
            .ToDictionaryAsync(x => x.Key, x => x.Minutes, cancellationToken);
        var points = await db.PointEntries
            .Where(p => p.LocalDate >= query.From && p.LocalDate <= query.To && ids.Contains(p.LearnerId))
            .GroupBy(p => p.LearnerId)
            .Select(g => new { g.Key, Points = g.Sum(p => p.Points) })
            .ToDictionaryAsync(x => x.Key, x => x.Points, cancellationToken);
        var status = await studyStatus.ForMembersAsync(db, learners.Select(l => l.Id).ToList(), query.From, query.To, cancellationToken);

        var rows = learners
            .OrderBy(l => l.Branch is null)
            .ThenBy(l => l.Branch, StringComparer.Ordinal)
            .ThenBy(l => l.Name, StringComparer.Ordinal)
            .ThenBy(l => l.Id)
            .Select(l => new MemberReportRow(
                l.Id,
                l.Name,
                l.Branch,
                l.Parent,
                hours.FromMinutes(minutes.GetValueOrDefault(l.Id)),
                points.GetValueOrDefault(l.Id),
                status.GetValueOrDefault(l.Id) ?? MemberStudyStatus.None))
            .ToList();
        return new MemberReportResult(query, rows, hours.Target);
    }

    private static IQueryable<MemberInfo> Members(OrgWorkDbContext db, MemberReportQuery query)
    {
        var members =
            from l in db.Learners.AsNoTracking()
            where l.DeactivatedAt == null
            join b in db.Branches on l.BranchId equals (int?)b.Id into branches
            from b in branches.DefaultIfEmpty()
            join p in db.ParentOrganisations on b!.ParentId equals (int?)p.Id into parents
            from p in parents.DefaultIfEmpty()
            select new MemberInfo { Id = l.Id, Name = l.DisplayName, Branch = b == null ? null : b.Name, Parent = p == null ? null : p.Name };
        if (query.Branch is { } branch)
        {
            members = members.Where(m => m.Branch == branch);
        }

        if (query.Parent is { } parent)
        {
            members = members.Where(m => m.Parent == parent);
        }

        return members;
    }

    /// <summary>A member-initialised projection (not a positional record), so EF Core can still filter on its properties.</summary>
    private sealed class MemberInfo
    {
        public long Id { get; init; }

        public string Name { get; init; } = "";

        public string? Branch { get; init; }

        public string? Parent { get; init; }
    }
}
