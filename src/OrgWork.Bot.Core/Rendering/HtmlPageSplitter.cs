using System.Text;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Rendering;

/// <summary>
/// Cuts one over-long rendered block into parts that each fit a page: cuts fall between sentences or
/// lines, every part closes the tags it opened and the next part reopens them, so no part ends inside
/// a tag, an entity or an unclosed code block. The parts of a cut block have no web form of their own: a table too
/// long for one page is shown on the web as it is in the chat, as a list.
/// </summary>
public static class HtmlPageSplitter
{
    private const string SentenceEnds = "。！？；!?;\n";

    public static IReadOnlyList<RichText> Split(RichText text, int budget)
    {
        if (text.Html.Length <= budget)
        {
            return [text];
        }

        var htmlParts = SplitHtml(text.Html, budget);
        var plainParts = SplitPlain(text.Plain, htmlParts.Count);
        return htmlParts.Select((html, i) => new RichText(html, plainParts[i])).ToList();
    }

    private static List<string> SplitHtml(string html, int budget)
    {
        var parts = new List<string>();
        var open = new List<(string Name, string OpeningTag)>();
        var current = new StringBuilder();

        foreach (var token in Tokenize(html))
        {
            if (token.StartsWith('<'))
            {
                current.Append(token);
                Track(open, token);
                continue;
            }

            foreach (var piece in FitPieces(token, budget - Overhead(open)))
            {
                if (current.Length + piece.Length + ClosingLength(open) > budget && HasText(current, open))
                {
                    CloseAll(current, open);
                    parts.Add(current.ToString());
                    current.Clear();
                    foreach (var (_, opening) in open)
                    {
                        current.Append(opening);
                    }
                }

                current.Append(piece);
            }
        }

        parts.Add(current.ToString());
        return parts.Where(p => p.Length > 0).ToList();
    }

    private static bool HasText(StringBuilder current, List<(string Name, string OpeningTag)> open) =>
        current.Length > open.Sum(t => t.OpeningTag.Length);

    private static int Overhead(List<(string Name, string OpeningTag)> open) =>
        open.Sum(t => t.OpeningTag.Length) + ClosingLength(open) + 1;

    private static int ClosingLength(List<(string Name, string OpeningTag)> open) => open.Sum(t => t.Name.Length + 3);

    private static void CloseAll(StringBuilder current, List<(string Name, string OpeningTag)> open)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            current.Append("</").Append(open[i].Name).Append('>');
        }
    }

    private static void Track(List<(string Name, string OpeningTag)> open, string tag)
    {
        if (tag.StartsWith("</", StringComparison.Ordinal))
        {
            var name = tag[2..^1];
            var index = open.FindLastIndex(t => t.Name == name);
            if (index >= 0)
            {
                open.RemoveAt(index);
            }

            return;
        }

        var end = tag.IndexOfAny([' ', '>']);
        open.Add((tag[1..end], tag));
    }

    /// <summary>Splits HTML into tags and runs of text that end at a sentence or line end.</summary>
    private static IEnumerable<string> Tokenize(string html)
    {
        var start = 0;
        for (var i = 0; i < html.Length; i++)
        {
            if (html[i] == '<')
            {
                if (i > start)
                {
                    yield return html[start..i];
                }

                var close = html.IndexOf('>', i);
                yield return html[i..(close + 1)];
                start = close + 1;
                i = close;
            }
            else if (SentenceEnds.Contains(html[i], StringComparison.Ordinal))
            {
                yield return html[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < html.Length)
        {
            yield return html[start..];
        }
    }

    /// <summary>Breaks a run of text longer than the room on a page, never inside an entity or a surrogate pair.</summary>
    private static IEnumerable<string> FitPieces(string text, int room)
    {
        room = Math.Max(room, 16);
        var start = 0;
        while (text.Length - start > room)
        {
            var end = start + room;
            var amp = text.LastIndexOf('&', end - 1, Math.Min(8, end - start));
            if (amp > start && text.IndexOf(';', amp) >= end)
            {
                end = amp;
            }

            if (char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }

            yield return text[start..end];
            start = end;
        }

        yield return text[start..];
    }

    /// <summary>Cuts plain text into the same number of parts, at line or sentence ends near even positions.</summary>
    private static List<string> SplitPlain(string plain, int count)
    {
        var parts = new List<string>(count);
        var start = 0;
        for (var k = 1; k < count; k++)
        {
            var target = Math.Max(start, plain.Length * k / count);
            var cut = plain.IndexOfAny(SentenceEnds.ToCharArray(), target);
            cut = cut < 0 ? plain.Length : cut + 1;
            parts.Add(plain[start..cut].Trim());
            start = cut;
        }

        parts.Add(plain[start..].Trim());
        return parts;
    }
}
