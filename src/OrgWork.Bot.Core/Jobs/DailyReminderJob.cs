using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Jobs;

/// <summary>
/// The daily study reminder, for learners who opted in with <c>/remind on</c> and have not started today's
/// daily quiz yet (a reminder to someone who already studied today is noise).
/// </summary>
public sealed class DailyReminderJob(LearningClock clock, IOptions<JobsOptions> options) : IScheduledJob
{
    public string Name => "daily-reminder";

    public DateTime LatestOccurrence(DateTime utcNow) => Schedule.LatestDaily(clock, utcNow, options.Value.DailyReminderTime);

    public async Task<IReadOnlyList<long>> RecipientsAsync(OrgWorkDbContext db, DateTime occurrence, CancellationToken cancellationToken)
    {
        var today = clock.LocalDate(occurrence).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return await db.Learners
            .Where(l => l.RemindOptIn && l.IsActive && l.Id > 0)
            .Where(l => !db.QuizAttempts.Any(a => a.LearnerId == l.Id && a.Kind == QuizKind.Daily && a.SourceKey == today))
            .OrderBy(l => l.Id)
            .Select(l => l.Id)
            .ToListAsync(cancellationToken);
    }

    public Task<IReadOnlyList<Reply>> MessagesAsync(OrgWorkDbContext db, DateTime occurrence, CancellationToken cancellationToken)
    {
        var reply = ReplyFactory.Plain(UiText.ReminderDaily) with
        {
            Buttons = [[new Button(UiText.ReminderStartDaily, CommandButtons.For("daily"))]],
        };
        return Task.FromResult<IReadOnlyList<Reply>>([reply]);
    }
}
