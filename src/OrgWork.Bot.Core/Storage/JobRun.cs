namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// One occurrence of a scheduled job (e.g. the daily reminder of 1 December, 20:00). Its key makes it run
/// once across instances: whoever inserts the row runs it; a lease lets another take over after a crash.
/// </summary>
public sealed class JobRun
{
    /// <summary><c>job:occurrence</c>, e.g. <c>daily-reminder:2026-12-01T12:00Z</c>.</summary>
    public string Id { get; set; } = "";

    public string Job { get; set; } = "";

    /// <summary>The occurrence's scheduled moment (UTC).</summary>
    public DateTime ScheduledFor { get; set; }

    /// <summary>The instance running it (host name and process id), for the logs and operators.</summary>
    public string ClaimedBy { get; set; } = "";

    /// <summary>Until when the running instance holds it; it renews the lease while it works.</summary>
    public DateTime ClaimedUntil { get; set; }

    public DateTime? CompletedAt { get; set; }

    public int Delivered { get; set; }
}
