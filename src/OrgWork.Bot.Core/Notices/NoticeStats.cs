using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Notices;

/// <summary>Read rates for the dashboard: per notice, and per branch for one notice (members grouped by their current branch).</summary>
public sealed class NoticeStats
{
    /// <summary>The latest notices, newest first.</summary>
    public async Task<IReadOnlyList<NoticeSummary>> RecentAsync(OrgWorkDbContext db, int count, CancellationToken cancellationToken)
    {
        var notices = await db.Set<Notice>().AsNoTracking().OrderByDescending(n => n.Id).Take(count).ToListAsync(cancellationToken);
        var ids = notices.Select(n => n.Id).ToList();
        var counts = await db.Set<NoticeRecipient>()
            .Where(r => ids.Contains(r.NoticeId))
            .GroupBy(r => r.NoticeId)
            .Select(g => new
            {
                NoticeId = g.Key,
                Recipients = g.Count(),
                Reached = g.Count(r => r.TelegramDeliveredAt != null || r.WebShownAt != null || r.TerminalShownAt != null || r.ReadAt != null),
                Read = g.Count(r => r.ReadAt != null),
            })
            .ToDictionaryAsync(c => c.NoticeId, cancellationToken);
        var audiences = await NoticeReplies.AudiencesAsync(db, notices, cancellationToken);
        return [.. notices.Select(n => new NoticeSummary(
            n.Id,
            n.CreatedAt,
            n.Kind,
            n.Text,
            counts.TryGetValue(n.Id, out var c) ? new NoticeRate(audiences[n.Id], c.Recipients, c.Reached, c.Read) : new NoticeRate(audiences[n.Id], 0, 0, 0)))];
    }

    /// <summary>One notice's figures per branch (by name; members without a branch last), or null when there is no such notice.</summary>
    public async Task<(NoticeSummary Notice, IReadOnlyList<NoticeRate> Branches)?> ByBranchAsync(
        OrgWorkDbContext db, long noticeId, CancellationToken cancellationToken)
    {
        var notice = await db.Set<Notice>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == noticeId, cancellationToken);
        if (notice is null)
        {
            return null;
        }

        var rows = await (
            from r in db.Set<NoticeRecipient>().Where(r => r.NoticeId == noticeId)
            join l in db.Learners on r.LearnerId equals l.Id
            group r by l.BranchId into g
            select new
            {
                BranchId = g.Key,
                Recipients = g.Count(),
                Reached = g.Count(r => r.TelegramDeliveredAt != null || r.WebShownAt != null || r.TerminalShownAt != null || r.ReadAt != null),
                Read = g.Count(r => r.ReadAt != null),
            }).ToListAsync(cancellationToken);
        var branchIds = rows.Where(r => r.BranchId != null).Select(r => r.BranchId!.Value).ToList();
        var names = await db.Branches.Where(b => branchIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        var branches = rows
            .Select(r => new NoticeRate(r.BranchId is { } id && names.TryGetValue(id, out var name) ? name : UiText.NoticesNoBranch, r.Recipients, r.Reached, r.Read))
            .OrderBy(r => r.Label == UiText.NoticesNoBranch)
            .ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();
        var audience = (await NoticeReplies.AudiencesAsync(db, [notice], cancellationToken))[notice.Id];
        var total = new NoticeRate(audience, branches.Sum(b => b.Recipients), branches.Sum(b => b.Reached), branches.Sum(b => b.Read));
        return (new NoticeSummary(notice.Id, notice.CreatedAt, notice.Kind, notice.Text, total), branches);
    }
}
