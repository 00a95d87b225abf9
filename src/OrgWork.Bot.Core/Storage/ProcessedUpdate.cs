namespace OrgWork.Bot.Core.Storage;

/// <summary>An input delivery already applied; written in the same transaction as its effects.</summary>
public sealed class ProcessedUpdate
{
    public string Id { get; set; } = "";

    public DateTime ProcessedAt { get; set; }
}
