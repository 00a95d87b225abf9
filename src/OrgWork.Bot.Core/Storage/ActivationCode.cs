namespace OrgWork.Bot.Core.Storage;

/// <summary>A single-use code that lets a roster member activate an account. Only its SHA-256 hash is stored.</summary>
public sealed class ActivationCode
{
    public int Id { get; set; }

    public long LearnerId { get; set; }

    public string CodeHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>Set when the code was used, or replaced by a newer one.</summary>
    public DateTime? UsedAt { get; set; }
}
