namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// One user's inputs in the current flood-control window, counted by every instance together (PostgreSQL
/// only; one instance on SQLite counts in memory). A window starts with the first input after the last ended.
/// </summary>
public sealed class FloodWindow
{
    public long UserId { get; set; }

    public DateTime StartedAt { get; set; }

    /// <summary>Inputs in this window, the dropped ones included.</summary>
    public int Count { get; set; }
}
