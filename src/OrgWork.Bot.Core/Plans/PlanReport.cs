using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Plans;

/// <summary>
/// Study-plan progress for staff (under <c>/report</c>): for each plan of the current year, how many members of its
/// audience have finished it, in all and per branch.
/// </summary>
public sealed class PlanReport(LearningClock clock, IOptions<LearningOptions> learning)
{
    public sealed record BranchProgress(string Branch, int Done, int Members);

    public sealed record PlanSummary(StudyPlan Plan, int Done, int Members, IReadOnlyList<BranchProgress> Branches);

    public async Task<IReadOnlyList<PlanSummary>> BuildAsync(OrgWorkDbContext db, Catalogue catalogue, DateTime utcNow, CancellationToken cancellationToken)
    {
        var year = clock.LocalDate(utcNow).Year;
        var summaries = new List<PlanSummary>();
        foreach (var plan in catalogue.Plans.Where(p => p.Year == year))
        {
            var audience = PlanMembers.Audience(db, plan.Audience);
            var done = await PlanMembers.CompletedAsync(db, plan, catalogue, audience, learning.Value.MinutesPerStudyHour, cancellationToken);
            var members = await audience
                .Select(l => new { l.Id, Branch = db.Branches.Where(b => b.Id == l.BranchId).Select(b => b.Name).FirstOrDefault() })
                .ToListAsync(cancellationToken);
            var branches = members.GroupBy(m => m.Branch ?? UiText.MeNoBranch)
                .Select(g => new BranchProgress(g.Key, g.Count(m => done.Contains(m.Id)), g.Count()))
                .OrderBy(b => b.Branch, StringComparer.Ordinal)
                .ToList();
            summaries.Add(new PlanSummary(plan, members.Count(m => done.Contains(m.Id)), members.Count, branches));
        }

        return summaries;
    }

    /// <summary>The summaries as one chat message, short lines for a phone; null when there is no plan this year.</summary>
    public static Reply? Compose(IReadOnlyList<PlanSummary> summaries)
    {
        if (summaries.Count == 0)
        {
            return null;
        }

        var text = new RichTextBuilder().Bold(UiText.PlanReportTitle);
        foreach (var summary in summaries)
        {
            text.Text("\n\n").Bold(UiText.Format(UiText.PlanReportLine, summary.Plan.Title, summary.Plan.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            text.Text("\n" + UiText.Format(UiText.PlanReportTotal, summary.Done, summary.Members, Percent(summary.Done, summary.Members)));
            foreach (var branch in summary.Branches)
            {
                text.Text("\n" + UiText.Format(UiText.PlanReportBranch, branch.Branch, branch.Done, branch.Members, Percent(branch.Done, branch.Members)));
            }
        }

        return new Reply { Text = text.Build() };
    }

    private static int Percent(int done, int members) => members == 0 ? 0 : 100 * done / members;
}
