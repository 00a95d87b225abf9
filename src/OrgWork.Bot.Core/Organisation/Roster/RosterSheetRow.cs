namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>One row of a roster file as text cells, numbered as a spreadsheet numbers it (the header is row 1).</summary>
public sealed record RosterSheetRow(int Row, IReadOnlyList<string> Cells)
{
    public bool IsBlank => Cells.All(c => c.Length == 0);
}
