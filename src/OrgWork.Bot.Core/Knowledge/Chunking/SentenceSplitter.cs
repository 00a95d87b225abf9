using System.Text;

namespace OrgWork.Bot.Core.Knowledge.Chunking;

/// <summary>
/// Splits Chinese text after 。！？；(and their ASCII forms) and at line breaks, keeping closing quotes and brackets
/// with the sentence they close. A sentence longer than the limit is cut after a comma-like mark, or hard at the limit.
/// </summary>
public static class SentenceSplitter
{
    private const string Enders = "。！？；!?;";
    private const string Closers = "”’」』）)】》\"'";
    private const string SoftBreaks = "，、：,:";

    public static IReadOnlyList<Sentence> Split(string text, int maxChars)
    {
        var sentences = new List<Sentence>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Flush(current, sentences, endsLine: true, maxChars);
                continue;
            }

            current.Append(c);
            if (Enders.Contains(c, StringComparison.Ordinal))
            {
                while (i + 1 < text.Length && Closers.Contains(text[i + 1], StringComparison.Ordinal))
                {
                    current.Append(text[++i]);
                }

                var endsLine = i + 1 < text.Length && text[i + 1] is '\n' or '\r';
                Flush(current, sentences, endsLine, maxChars);
            }
        }

        Flush(current, sentences, endsLine: true, maxChars);
        return sentences;
    }

    private static void Flush(StringBuilder current, List<Sentence> sentences, bool endsLine, int maxChars)
    {
        var text = current.ToString().Trim();
        current.Clear();
        if (text.Length == 0)
        {
            if (endsLine && sentences.Count > 0 && !sentences[^1].EndsLine)
            {
                sentences[^1] = sentences[^1] with { EndsLine = true };
            }

            return;
        }

        while (text.Length > maxChars)
        {
            var cut = text.AsSpan(0, maxChars).LastIndexOfAny(SoftBreaks) + 1;
            if (cut <= maxChars / 2)
            {
                cut = maxChars;
            }

            sentences.Add(new Sentence(text[..cut], EndsLine: false));
            text = text[cut..].TrimStart();
        }

        if (text.Length > 0)
        {
            sentences.Add(new Sentence(text, endsLine));
        }
    }
}
