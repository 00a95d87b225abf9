using OrgWork.Bot.Core.Knowledge.Segmentation;

namespace OrgWork.Bot.Core.Knowledge.Retrieval;

/// <summary>
/// Turns text into index terms, the same way for passages and questions. Words come from the segmenter; character
/// bigrams are taken across word boundaries inside a phrase, so a name the segmenter cut differently in the question
/// and in the document still matches. Phrases break at punctuation, whitespace and stop words.
/// </summary>
internal sealed class TermAnalyzer(ITextSegmenter segmenter)
{
    public AnalyzedText Analyze(string text)
    {
        var tokens = segmenter.Segment(text);
        var words = new List<string>(tokens.Count);
        var bigrams = new List<int>(text.Length);
        var previous = '\0';
        foreach (var token in tokens)
        {
            if (!TextNormalizer.IsContentToken(token) || StopWords.Contains(token))
            {
                previous = '\0';
                continue;
            }

            words.Add(token);
            foreach (var c in token)
            {
                if (!TextNormalizer.IsHan(c))
                {
                    previous = '\0';
                    continue;
                }

                if (previous != '\0')
                {
                    bigrams.Add(BigramKey(previous, c));
                }

                previous = c;
            }
        }

        return new AnalyzedText(words, bigrams);
    }

    /// <summary>Two BMP ideographs packed into one int, so bigram postings need no strings.</summary>
    public static int BigramKey(char first, char second) => unchecked((first << 16) | second);
}
