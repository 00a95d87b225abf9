using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Jobs;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Notices;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Plans;

/// <summary>
/// Reminds the members who have not finished a study plan, 7 days and 1 day before it is due, at
/// <see cref="JobsOptions.PlanReminderTime"/>: a notice on every channel they use (Telegram at once, web and terminal when they
/// next open the chat). Each reminder is posted under the key <c>plan:SLUG:DUE:DAYS</c>, so it goes out once per due date
/// however many instances run the job or how often it is retried.
/// </summary>
public sealed class PlanReminderJob(
    IDbContextFactory<OrgWorkDbContext> contextFactory,
    IWriteGate writeGate,
    CatalogueStore catalogue,
    NoticeBoard notices,
    LearningClock clock,
    IOptions<JobsOptions> jobs,
    IOptions<LearningOptions> learning,
    ILogger<PlanReminderJob> logger) : IMaintenanceJob
{
    /// <summary>Days before the due date on which reminders go out.</summary>
    public static IReadOnlyList<int> DaysBefore { get; } = [7, 1];

    public string Name => "plan-reminder";

    public DateTime LatestOccurrence(DateTime utcNow) => Schedule.LatestDaily(clock, utcNow, jobs.Value.PlanReminderTime);

    public async Task RunAsync(DateTime utcNow, CancellationToken cancellationToken)
    {
        var today = clock.LocalDate(utcNow);
        foreach (var plan in catalogue.Current.Plans)
        {
            var days = plan.Due.DayNumber - today.DayNumber;
            if (DaysBefore.Contains(days))
            {
                await RemindAsync(plan, days, utcNow, cancellationToken);
            }
        }
    }

    private async Task RemindAsync(StudyPlan plan, int days, DateTime utcNow, CancellationToken cancellationToken)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"plan:{plan.Slug}:{plan.Due:yyyy-MM-dd}:{days}");
        using var entered = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var audience = PlanMembers.Audience(db, plan.Audience);
        var done = await PlanMembers.CompletedAsync(db, plan, catalogue.Current, audience, learning.Value.MinutesPerStudyHour, cancellationToken);
        var behind = (await audience.Select(l => l.Id).ToListAsync(cancellationToken)).Where(id => !done.Contains(id)).ToList();
        if (behind.Count == 0)
        {
            return;
        }

        var hours = plan.Hours is { } required ? UiText.Format(UiText.PlanReminderHours, required.ToString("0.#", CultureInfo.InvariantCulture)) : "";
        var text = UiText.Format(UiText.PlanReminder, plan.Title, plan.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), days, hours);
        var posted = await notices.PostAsync(db, new NoticeDraft(NoticeKind.PlanReminder, text, NoticeAudience.Learners(behind), Key: key), utcNow, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (posted is not null)
        {
            logger.LogInformation("Plan {Plan}: reminded {Count} members {Days} days before it is due", plan.Slug, behind.Count, days);
        }
    }
}
