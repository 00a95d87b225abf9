namespace OrgWork.Bot.Core.Storage;

/// <summary>A party branch (党支部). The roster (or an admin) places members; an invite code places only a member who has no branch yet.</summary>
public sealed class Branch
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string InviteCode { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>The 党委 or 党总支 it belongs to, if known.</summary>
    public int? ParentId { get; set; }
}
