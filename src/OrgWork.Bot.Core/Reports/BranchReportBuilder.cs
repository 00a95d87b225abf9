using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Reports;

/// <summary>
/// The learning report behind <c>/report</c>, the CLI <c>report</c> verb and its chart: per branch, or rolled up to
/// the 党委/党总支 above the branches (<see cref="ReportLevel.Parent"/>).
/// </summary>
public sealed class BranchReportBuilder(LearnerFactsQuery facts, StudyHours hours, LearningClock clock)
{
    public Task<IReadOnlyList<BranchReportRow>> BuildAsync(OrgWorkDbContext db, DateTime utcNow, CancellationToken cancellationToken) =>
        BuildAsync(db, utcNow, ReportLevel.Branch, cancellationToken);

    public async Task<IReadOnlyList<BranchReportRow>> BuildAsync(OrgWorkDbContext db, DateTime utcNow, ReportLevel level, CancellationToken cancellationToken)
    {
        var all = await facts.RunAsync(db, utcNow, cancellationToken);
        var weekStartUtc = clock.StartOfDayUtc(clock.WeekStart(utcNow));
        var groups = await OrganisationGroups.GroupAsync(db, all, level, includeUnassigned: true, cancellationToken);

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
