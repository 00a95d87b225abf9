namespace OrgWork.Bot.Core.Certificates.Rendering;

/// <summary>Breaks a line of (mostly Chinese) text into lines no wider than a limit, by character: Chinese has no spaces to break at.</summary>
internal static class TextWrap
{
    public static IReadOnlyList<string> Lines(string text, double maxWidth, Func<string, double> measure, int maxLines = 3)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length && lines.Count < maxLines)
        {
            var end = start + 1;
            while (end < text.Length && measure(text[start..(end + 1)]) <= maxWidth)
            {
                end++;
            }

            if (char.IsHighSurrogate(text[end - 1]) && end < text.Length)
            {
                end++;
            }

            lines.Add(text[start..end]);
            start = end;
        }

        if (start < text.Length && lines.Count > 0)
        {
            lines[^1] = lines[^1][..^1] + "…";
        }

        return lines;
    }
}
