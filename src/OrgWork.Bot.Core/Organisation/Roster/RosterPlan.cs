using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>
/// A roster file read, validated and compared with the database, nothing written yet: what <see cref="RosterImport.ApplyAsync"/>
/// would do. <see cref="Counts"/> is null when the file has errors (nothing can be imported then).
/// </summary>
public sealed class RosterPlan
{
    internal RosterPlan(string fileName, RosterReading reading, RosterCounts? counts)
    {
        FileName = fileName;
        Reading = reading;
        Counts = counts;
    }

    /// <summary>The name the file was given, as it appears in the diagnostics.</summary>
    public string FileName { get; }

    /// <summary>Every problem found, in row order, printable as <c>FILE:ROW: 错误|警告 [CODE]: 说明</c>.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Reading.Diagnostics;

    public int ErrorCount => Reading.Diagnostics.Count(d => d.IsError);

    /// <summary>True when the file has no errors and may be applied.</summary>
    public bool CanApply => Counts is not null;

    /// <summary>What an import would change at the time of planning (the database may change before it is applied).</summary>
    public RosterCounts? Counts { get; }

    internal RosterReading Reading { get; }
}
