namespace OrgWork.Bot.Core.Storage;

/// <summary>A person a job run has already messaged; a run resumed after a crash skips them.</summary>
public sealed class JobDelivery
{
    public string JobRunId { get; set; } = "";

    public long LearnerId { get; set; }

    public DateTime SentAt { get; set; }
}
