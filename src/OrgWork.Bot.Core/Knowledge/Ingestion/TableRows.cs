using System.Text;
using System.Text.RegularExpressions;

namespace OrgWork.Bot.Core.Knowledge.Ingestion;

/// <summary>
/// A Markdown table read as text: each body row becomes one sentence that names its columns —
/// 「内容：增强政治定力，基本要求：坚定理想信念…；」 — rows ending in ；and the last in 。, like the items of a list, so
/// that a sentence leading the table (「主要内容是：」) is answered with all of it.
/// </summary>
internal sealed partial class TableRows
{
    private readonly List<string[]> _rows = [];

    /// <summary>Takes the line when it is a table row (<c>| a | b |</c>); the delimiter row is recognised and skipped.</summary>
    public bool TryAdd(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '|')
        {
            return false;
        }

        var cells = trimmed.Trim('|').Split('|').Select(c => Plain(c.Trim())).ToArray();
        if (!cells.All(c => Delimiter().IsMatch(c)))
        {
            _rows.Add(cells);
        }

        return true;
    }

    /// <summary>Writes the table's rows as lines of the current section and starts afresh.</summary>
    public void Flush(SectionCollector collector)
    {
        if (_rows.Count == 0)
        {
            return;
        }

        var header = _rows[0];
        var body = _rows.Count > 1 ? _rows.Skip(1).ToList() : _rows;
        for (var i = 0; i < body.Count; i++)
        {
            var row = new StringBuilder();
            for (var c = 0; c < body[i].Length; c++)
            {
                if (body[i][c].Length == 0)
                {
                    continue;
                }

                if (row.Length > 0)
                {
                    row.Append('，');
                }

                if (_rows.Count > 1 && c < header.Length && header[c].Length > 0)
                {
                    row.Append(header[c]).Append('：');
                }

                row.Append(body[i][c].TrimEnd('。', '；', ';'));
            }

            collector.Line(row.Append(i == body.Count - 1 ? '。' : '；').ToString());
        }

        _rows.Clear();
    }

    private static string Plain(string cell) => Emphasis().Replace(cell, "");

    [GeneratedRegex(@"^:?-{1,}:?$|^$")]
    private static partial Regex Delimiter();

    [GeneratedRegex(@"\*\*|__|`")]
    private static partial Regex Emphasis();
}
