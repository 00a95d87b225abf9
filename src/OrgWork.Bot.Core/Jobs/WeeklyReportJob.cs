using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Reports;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Jobs;

/// <summary>The weekly branch report (the same table and chart as <c>/report</c>) to every admin.</summary>
public sealed class WeeklyReportJob(
    LearningClock clock,
    BranchReportReplies report,
    IOptions<JobsOptions> options,
    IOptionsMonitor<BotOptions> bot) : IScheduledJob
{
    public string Name => "weekly-report";

    public DateTime LatestOccurrence(DateTime utcNow) =>
        Schedule.LatestWeekly(clock, utcNow, options.Value.WeeklyReportDay, options.Value.WeeklyReportTime);

    public async Task<IReadOnlyList<long>> RecipientsAsync(OrgWorkDbContext db, DateTime occurrence, CancellationToken cancellationToken)
    {
        var stored = await db.Learners
            .Where(l => l.Role == Role.Admin && l.IsActive && l.Id > 0)
            .Select(l => l.Id)
            .ToListAsync(cancellationToken);
        var configured = bot.CurrentValue.Admins;
        var inactive = await db.Learners.Where(l => configured.Contains(l.Id) && !l.IsActive).Select(l => l.Id).ToListAsync(cancellationToken);
        return stored.Concat(configured.Except(inactive)).Distinct().Order().ToList();
    }

    public async Task<IReadOnlyList<Reply>> MessagesAsync(OrgWorkDbContext db, DateTime occurrence, CancellationToken cancellationToken)
    {
        var replies = await report.BuildAsync(db, occurrence, cancellationToken);
        return [ReplyFactory.Plain(UiText.WeeklyReportIntro), .. replies];
    }
}
