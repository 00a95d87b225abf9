using System.Text.RegularExpressions;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Knowledge.Chunking;

namespace OrgWork.Bot.Core.Knowledge.Ingestion;

/// <summary>
/// A Markdown policy: front matter, then ATX headings (<c>#</c> … <c>######</c>) as the section structure. The title is
/// the front matter's, else the first level-1 heading, else the file name. Inline Markdown marks are dropped; a table's rows become sentences
/// (<see cref="TableRows"/>), so they are indexed and quoted like paragraphs.
/// </summary>
internal static partial class MarkdownPolicyParser
{
    public static ParsedPolicy Parse(string text, string key, string fileStem, DiagnosticBag diagnostics)
    {
        var (title, metadata) = PolicyFrontMatter.Read(text, diagnostics);
        var collector = new SectionCollector();
        var inFence = false;
        var table = new TableRows();
        foreach (var line in PolicyFrontMatter.Body(text).Split('\n'))
        {
            if (!inFence && table.TryAdd(line))
            {
                continue;
            }

            table.Flush(collector);
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            var heading = inFence ? Match.Empty : Heading().Match(line);
            if (!heading.Success)
            {
                collector.Line(Plain(line));
                continue;
            }

            var level = heading.Groups[1].Length;
            var headingText = Plain(heading.Groups[2].Value).Trim();
            if (level == 1 && title is null)
            {
                title = headingText;
                continue;
            }

            collector.Heading(level, headingText);
        }

        table.Flush(collector);
        return new ParsedPolicy(key, title ?? fileStem, metadata, collector.Finish()) { Warnings = [.. diagnostics.Items.Select(d => d.ToString())] };
    }

    /// <summary>Drops list markers, quote marks, emphasis and link targets, keeping the words.</summary>
    private static string Plain(string line)
    {
        var text = ListMarker().Replace(line, "");
        text = Link().Replace(text, "$1");
        return Emphasis().Replace(text, "");
    }

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:[-*+>]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`")]
    private static partial Regex Emphasis();
}
