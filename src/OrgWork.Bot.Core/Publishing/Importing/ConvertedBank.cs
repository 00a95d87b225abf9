namespace OrgWork.Bot.Core.Publishing.Importing;

/// <summary>An imported question bank as Markdown, with the source line of each question.</summary>
public sealed record ConvertedBank(string Markdown, IReadOnlyList<(int MarkdownLine, int SourceLine)> LineMap)
{
    /// <summary>The line of the trainer's file that produced <paramref name="markdownLine"/>.</summary>
    public int SourceLine(int markdownLine)
    {
        var source = 1;
        foreach (var (start, line) in LineMap)
        {
            if (start > markdownLine)
            {
                break;
            }

            source = line;
        }

        return source;
    }
}
