namespace OrgWork.Bot.Core.Storage;

/// <summary>A party branch (党支部); members join it with its invite code.</summary>
public sealed class Branch
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string InviteCode { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
