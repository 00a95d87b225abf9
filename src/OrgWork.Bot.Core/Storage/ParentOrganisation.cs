namespace OrgWork.Bot.Core.Storage;

/// <summary>A 党委 or 党总支 above branches (the roster's 上级党组织): reports and rankings roll up to it.</summary>
public sealed class ParentOrganisation
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
