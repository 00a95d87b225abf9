using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>What a roster file says, once read and validated: its valid member rows and every problem found, by row.</summary>
public sealed record RosterReading(IReadOnlyList<RosterEntry> Entries, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
