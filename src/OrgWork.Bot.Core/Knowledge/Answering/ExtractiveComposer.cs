using OrgWork.Bot.Core.Knowledge.Chunking;
using OrgWork.Bot.Core.Knowledge.Retrieval;
using OrgWork.Bot.Core.Knowledge.Segmentation;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>
/// The answer without a language model: the sentences of the best passages that cover most of the question, each
/// quoted verbatim and followed by its passage's [n]. It never writes a sentence that is not in a document.
/// </summary>
public sealed class ExtractiveComposer(ITextSegmenter segmenter)
{
    private const int PassagesUsed = 3;
    private const int MaxChars = 400;
    private const int MaxSentenceChars = 200;

    private readonly TermAnalyzer _analyzer = new(segmenter);

    public string Compose(string question, IReadOnlyList<RetrievedPassage> passages)
    {
        var query = _analyzer.Analyze(question);
        var words = query.Words.ToHashSet(StringComparer.Ordinal);
        var bigrams = query.Bigrams.ToHashSet();
        var picked = new List<(int Number, int Position, string Sentence, double Score)>();
        foreach (var passage in passages.Take(PassagesUsed))
        {
            var sentences = SentenceSplitter.Split(passage.Chunk.Text, MaxSentenceChars);
            var scored = sentences.Select((s, i) => (passage.Number, i, s.Text, Coverage(s.Text, words, bigrams)))
                .Where(s => s.Item4 > 0).OrderByDescending(s => s.Item4).ThenBy(s => s.i).ToList();
            if (scored.Count == 0)
            {
                continue;
            }

            picked.Add(scored[0]);
            if (passage.Number == passages[0].Number && scored.Count > 1 && scored[1].Item4 >= scored[0].Item4 / 2)
            {
                picked.Add(scored[1]);
            }
        }

        if (picked.Count == 0)
        {
            // Retrieval matched the headings or title only: quote the best passage's opening sentence.
            var opening = SentenceSplitter.Split(passages[0].Chunk.Text, MaxSentenceChars);
            return opening.Count == 0 ? "" : $"{opening[0].Text}[{passages[0].Number}]";
        }

        var lines = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var length = 0;
        foreach (var (number, _, sentence, _) in picked.OrderBy(p => p.Number).ThenBy(p => p.Position))
        {
            if (lines.Count > 0 && length + sentence.Length > MaxChars)
            {
                break;
            }

            // Overlapping chunks share sentences: quote each once, citing the first passage that has it.
            if (!seen.Add(sentence))
            {
                continue;
            }

            lines.Add($"{sentence}[{number}]");
            length += sentence.Length;
        }

        return string.Join('\n', lines);
    }

    private double Coverage(string sentence, HashSet<string> words, HashSet<int> bigrams)
    {
        var terms = _analyzer.Analyze(sentence);
        var wordShare = words.Count == 0 ? 0 : (double)terms.Words.Distinct(StringComparer.Ordinal).Count(words.Contains) / words.Count;
        var bigramShare = bigrams.Count == 0 ? 0 : (double)terms.Bigrams.Distinct().Count(bigrams.Contains) / bigrams.Count;
        return wordShare + bigramShare;
    }
}
