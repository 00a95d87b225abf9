namespace OrgWork.Bot.Core.Classes.Storage;

/// <summary>How an attendance was recorded.</summary>
public enum AttendanceMethod
{
    /// <summary>The member scanned the session's rotating QR code (Telegram deep link or web address).</summary>
    Scan = 0,

    /// <summary>A trainer marked it by hand, with a reason (also in the audit log).</summary>
    Manual = 1,
}

/// <summary>One member's presence at one session of a class; one row per (class, session, member).</summary>
public sealed class Attendance
{
    public long Id { get; set; }

    public string ClassSlug { get; set; } = "";

    public int SessionNumber { get; set; }

    public long LearnerId { get; set; }

    public DateTime CheckedInAt { get; set; }

    public AttendanceMethod Method { get; set; }

    /// <summary>The trainer who marked it by hand; null for a scan.</summary>
    public long? MarkedById { get; set; }

    public string? Reason { get; set; }
}
