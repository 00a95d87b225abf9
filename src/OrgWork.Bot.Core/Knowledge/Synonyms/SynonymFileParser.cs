using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Knowledge.Synonyms;

/// <summary>
/// Reads <c>content/synonyms.md</c>: optional front matter (<c>title</c>), headings and blank lines as the editor
/// likes, and one group a list item, <c>- 文件用词：说法1、说法2</c> (the documents' word, a colon, the members' words
/// separated by 、 or commas). Problems are CT6xx diagnostics at their line.
/// </summary>
public static class SynonymFileParser
{
    private static readonly char[] Separators = ['、', '，', ',', '；', ';', '/', '／'];

    public static SynonymTable Parse(string text, DiagnosticBag diagnostics)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var groups = new List<SynonymGroup>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = FirstBodyLine(lines); i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("<!--", StringComparison.Ordinal))
            {
                continue;
            }

            if (!line.StartsWith("- ", StringComparison.Ordinal) && !line.StartsWith("* ", StringComparison.Ordinal))
            {
                diagnostics.Add(UiText.Diagnostics.SynonymNotListItem, number);
                continue;
            }

            var entry = line[2..].Trim();
            var colon = entry.IndexOfAny(['：', ':']);
            var head = colon < 0 ? "" : entry[..colon].Trim();
            var variants = colon < 0 ? [] : entry[(colon + 1)..].Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (head.Length == 0 || variants.Length == 0)
            {
                diagnostics.Add(UiText.Diagnostics.SynonymEntryMalformed, number, entry);
                continue;
            }

            var kept = new List<string>();
            foreach (var word in variants.Prepend(head).Distinct(StringComparer.Ordinal))
            {
                if (firstLine.TryGetValue(word, out var earlier))
                {
                    diagnostics.Add(UiText.Diagnostics.SynonymRepeated, number, word, earlier);
                    continue;
                }

                firstLine[word] = number;
                kept.Add(word);
            }

            if (kept.Count > 1 && kept[0] == head)
            {
                groups.Add(new SynonymGroup(head, kept.Skip(1).ToList()));
            }
        }

        return new SynonymTable(groups);
    }

    /// <summary>The line after a front matter block (<c>---</c> … <c>---</c>), or 0.</summary>
    private static int FirstBodyLine(string[] lines)
    {
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return 0;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "---")
            {
                return i + 1;
            }
        }

        return 0;
    }
}
