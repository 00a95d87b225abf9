namespace OrgWork.Bot.Core.Storage;

/// <summary>One change made by staff (a roster import, a branch or role change, a deactivation, a new code): who, when, what, before → after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>The learner id of whoever made the change; null for the command line.</summary>
    public long? ActorId { get; set; }

    public string ActorName { get; set; } = "";

    /// <summary>A stable action name (<see cref="AuditAction"/>).</summary>
    public string Action { get; set; } = "";

    /// <summary>What was changed: a member's name and id, a file name.</summary>
    public string Subject { get; set; } = "";

    public string? Before { get; set; }

    public string? After { get; set; }
}
