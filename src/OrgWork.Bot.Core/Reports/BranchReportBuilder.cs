using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Reports;

/// <summary>The per-branch learning report behind <c>/report</c>, the CLI <c>report</c> verb and its chart.</summary>
public sealed class BranchReportBuilder(LearnerFactsQuery facts, StudyHours hours, LearningClock clock)
{
    public async Task<IReadOnlyList<BranchReportRow>> BuildAsync(OrgWorkDbContext db, DateTime utcNow, CancellationToken cancellationToken)
    {
        var branches = await db.Branches.AsNoTracking().OrderBy(b => b.Name).ToListAsync(cancellationToken);
        var all = await facts.RunAsync(db, utcNow, cancellationToken);
        var weekStartUtc = clock.StartOfDayUtc(clock.WeekStart(utcNow));
        var groups = branches.Select(b => (b.Name, Members: all.Where(f => f.BranchId == b.Id).ToList())).ToList();
        var unassigned = all.Where(f => f.BranchId is null).ToList();
        if (unassigned.Count > 0)
        {
            groups.Add((UiText.ReportNoBranch, unassigned));
        }

        return groups.Select(g =>
        {
            var answers = g.Members.Sum(m => m.Answers);
            return new BranchReportRow(
                g.Name,
                g.Members.Count,
                g.Members.Count(m => m.LastSeenAt >= weekStartUtc),
                g.Members.Sum(m => m.LessonsFinished),
                hours.FromMinutes(g.Members.Sum(m => m.MinutesThisYear)),
                answers == 0 ? null : (double)g.Members.Sum(m => m.CorrectAnswers) / answers);
        }).ToList();
    }
}
