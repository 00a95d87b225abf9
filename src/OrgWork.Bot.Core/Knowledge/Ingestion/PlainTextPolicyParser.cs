using System.Text.RegularExpressions;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Knowledge.Chunking;

namespace OrgWork.Bot.Core.Knowledge.Ingestion;

/// <summary>
/// A plain-text policy in the usual layout of official documents: the first line is the title when it is short (unless
/// front matter gives one; a first line that is a paragraph leaves the file name as the title); short lines such as 「第一章 总则」, 「第二节 …」, 「一、…」 and 「（一）…」 are headings.
/// </summary>
internal static partial class PlainTextPolicyParser
{
    private const int MaxHeadingLength = 40;
    private const int MaxTitleLength = 40;

    public static ParsedPolicy Parse(string text, string key, string fileStem, DiagnosticBag diagnostics)
    {
        var (title, metadata) = PolicyFrontMatter.Read(text, diagnostics);
        var collector = new SectionCollector();
        foreach (var raw in PolicyFrontMatter.Body(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (title is null)
            {
                // A short first line is the title; a paragraph is text, and the file name titles the document.
                title = IsTitleLine(line) ? line : fileStem;
                if (ReferenceEquals(title, line))
                {
                    continue;
                }
            }

            if (HeadingLevel(line) is { } level)
            {
                collector.Heading(level, line);
            }
            else
            {
                collector.Line(line);
            }
        }

        return new ParsedPolicy(key, title ?? fileStem, metadata, collector.Finish()) { Warnings = [.. diagnostics.Items.Select(d => d.ToString())] };
    }

    /// <summary>A first line short enough to be a title and not a sentence of the text.</summary>
    internal static bool IsTitleLine(string line) =>
        line.Length <= MaxTitleLength && !line.EndsWith('。') && !line.EndsWith('；') && !line.EndsWith('：') && !line.EndsWith(':');

    /// <summary>1 for 编/章 and 「一、」, 2 for 节 and 「（一）」; articles (第N条) are text, not headings.</summary>
    internal static int? HeadingLevel(string line)
    {
        if (line.Length > MaxHeadingLength || line.EndsWith('。') || line.EndsWith('；'))
        {
            return null;
        }

        if (Chapter().IsMatch(line) || Enumerated().IsMatch(line))
        {
            return 1;
        }

        return Section().IsMatch(line) || SubEnumerated().IsMatch(line) ? 2 : null;
    }

    [GeneratedRegex(@"^第[一二三四五六七八九十百零〇\d]+[编章](\s|$)")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^第[一二三四五六七八九十百零〇\d]+节(\s|$)")]
    private static partial Regex Section();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex Enumerated();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex SubEnumerated();
}
