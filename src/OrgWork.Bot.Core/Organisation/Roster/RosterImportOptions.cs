namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>How an import treats the members it does not list.</summary>
public sealed record RosterImportOptions
{
    /// <summary>Deactivates roster members (those with a 手机号) that the file does not list; their history is kept.</summary>
    public bool DeactivateMissing { get; init; }
}
