using System.ComponentModel.DataAnnotations;

namespace OrgWork.Bot.Core.Jobs;

/// <summary>Scheduled jobs: when they run (users' time zone, <c>Learning:TimeZone</c>) and how they share work.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Off: no instance runs scheduled jobs (e.g. while testing content).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The daily study reminder's time, for learners who sent <c>/remind on</c>.</summary>
    public TimeOnly DailyReminderTime { get; set; } = new(20, 0);

    /// <summary>When study-plan reminders go out (7 days and 1 day before a plan is due), Beijing time.</summary>
    public TimeOnly PlanReminderTime { get; set; } = new(9, 0);

    public DayOfWeek WeeklyReportDay { get; set; } = DayOfWeek.Monday;

    /// <summary>The weekly branch report's time (to admins) on <see cref="WeeklyReportDay"/>.</summary>
    public TimeOnly WeeklyReportTime { get; set; } = new(8, 30);

    /// <summary>How late an occurrence may still run, e.g. after a restart or an outage.</summary>
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(3);

    /// <summary>How often an instance checks for due jobs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a running instance holds a job run before another may take it over (renewed per batch).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Recipients sent to between two progress records; a crash repeats at most one batch.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 30;

    /// <summary>How often the housekeeping job prunes idempotency and transient rows (<see cref="Housekeeper"/>).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan HousekeepingInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often sittings whose time ran out without 交卷 are collected and scored (<see cref="Exams.ExamCollectionJob"/>).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan ExamCollectionInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How often classes are followed up (<see cref="Classes.ClassFollowUpJob"/>): a rating request to the attendees of each
    /// session that ended, and the certificates of members who completed a class that is over.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan ClassFollowUpInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long an applied delivery id (<c>tg:123</c>, <c>web:…</c>) is remembered. At least a day, because Telegram resends an
    /// unconfirmed update for up to 24 hours; under a week, because Telegram restarts update ids after a week without updates.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "6.00:00:00")]
    public TimeSpan ProcessedUpdateRetention { get; set; } = TimeSpan.FromHours(48);

    /// <summary>How long unsent outbox replies and the per-recipient records of finished job runs are kept.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00")]
    public TimeSpan DeliveryRecordRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Rows deleted per statement; the write gate is entered per batch, so turns interleave with a long prune.</summary>
    [Range(1, 100_000)]
    public int HousekeepingBatchSize { get; set; } = 1000;
}
