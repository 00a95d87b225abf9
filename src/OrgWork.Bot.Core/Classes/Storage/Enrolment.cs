namespace OrgWork.Bot.Core.Classes.Storage;

/// <summary>Where a member stands with a class.</summary>
public enum EnrolmentStatus
{
    /// <summary>Takes part: counts against capacity, may check in.</summary>
    Enrolled = 0,

    /// <summary>On the waiting list (候补), promoted in <see cref="Enrolment.QueuedAt"/> order when a place frees up.</summary>
    Waiting = 1,

    /// <summary>Withdrew (退出报名) or was taken off by an admin; kept as history, may enrol again.</summary>
    Withdrawn = 2,
}

/// <summary>Who put the member in the class.</summary>
public enum EnrolmentSource
{
    /// <summary>The member pressed 报名.</summary>
    Self = 0,

    /// <summary>An admin or trainer added them (<c>/enrol</c>).</summary>
    Admin = 1,
}

/// <summary>One member's place in one class (or on its waiting list); one row per (class, member).</summary>
public sealed class Enrolment
{
    public long Id { get; set; }

    public string ClassSlug { get; set; } = "";

    public long LearnerId { get; set; }

    public EnrolmentStatus Status { get; set; }

    public EnrolmentSource Source { get; set; }

    /// <summary>When the member last enrolled or joined the waiting list: the waiting list's order.</summary>
    public DateTime QueuedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
