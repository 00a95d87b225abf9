using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using Columns = OrgWork.Bot.Core.Conversation.UiText.RosterColumns;

namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>Where each roster column is in the file, from its header row (columns in any order).</summary>
internal sealed class RosterHeader
{
    private readonly Dictionary<string, int> _indexes;

    private RosterHeader(Dictionary<string, int> indexes) => _indexes = indexes;

    /// <summary>The header of <paramref name="row"/>, or null when a required column is missing or repeated (reported).</summary>
    public static RosterHeader? Read(RosterSheetRow row, string fileName, List<Diagnostic> diagnostics)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var valid = true;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var name = row.Cells[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!Columns.All.Contains(name))
            {
                diagnostics.Add(UiText.RosterDiagnostics.ColumnUnknown.At(fileName, row.Row, name, string.Join("、", Columns.All)));
            }
            else if (indexes.TryGetValue(name, out var first))
            {
                diagnostics.Add(UiText.RosterDiagnostics.ColumnRepeated.At(fileName, row.Row, name, first + 1));
                valid = false;
            }
            else
            {
                indexes[name] = i;
            }
        }

        foreach (var required in Columns.Required.Where(c => !indexes.ContainsKey(c)))
        {
            diagnostics.Add(UiText.RosterDiagnostics.ColumnMissing.At(fileName, row.Row, required));
            valid = false;
        }

        return valid ? new RosterHeader(indexes) : null;
    }

    /// <summary>The trimmed cell of <paramref name="column"/> in <paramref name="row"/>; empty when the column or the cell is absent.</summary>
    public string Cell(RosterSheetRow row, string column) =>
        _indexes.TryGetValue(column, out var index) && index < row.Cells.Count ? row.Cells[index].Trim() : "";
}
