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

    /// <summary>
    /// Sentences are ranked by how much of <paramref name="question"/> they hold, counted twice, plus how much of the
    /// <paramref name="searched"/> question (a follow-up completed from earlier turns): for 「那村干部呢？」 the sentence
    /// about 村干部 wins over the one that only repeats the earlier question.
    /// </summary>
    public string Compose(string question, string searched, IReadOnlyList<RetrievedPassage> passages)
    {
        var asked = Terms(question);
        var context = Terms(searched);
        var picked = new List<(int Number, int Position, string Sentence, double Score)>();
        foreach (var passage in passages.Take(PassagesUsed))
        {
            var sentences = SentenceSplitter.Split(passage.Chunk.Text, MaxSentenceChars);
            var scored = sentences.Select((s, i) => (passage.Number, i, s.Text, Score(s.Text, asked, context)))
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

    private (HashSet<string> Words, HashSet<int> Bigrams) Terms(string text)
    {
        var terms = _analyzer.Analyze(text);
        return (terms.Words.ToHashSet(StringComparer.Ordinal), terms.Bigrams.ToHashSet());
    }

    private double Score(string sentence, (HashSet<string> Words, HashSet<int> Bigrams) asked, (HashSet<string> Words, HashSet<int> Bigrams) context)
    {
        var terms = Terms(sentence);
        return (2 * Coverage(terms, asked)) + Coverage(terms, context);
    }

    private static double Coverage((HashSet<string> Words, HashSet<int> Bigrams) sentence, (HashSet<string> Words, HashSet<int> Bigrams) query)
    {
        var wordShare = query.Words.Count == 0 ? 0 : (double)sentence.Words.Count(query.Words.Contains) / query.Words.Count;
        var bigramShare = query.Bigrams.Count == 0 ? 0 : (double)sentence.Bigrams.Count(query.Bigrams.Contains) / query.Bigrams.Count;
        return wordShare + bigramShare;
    }
}
