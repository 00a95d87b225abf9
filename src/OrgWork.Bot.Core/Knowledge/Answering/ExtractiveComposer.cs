using OrgWork.Bot.Core.Knowledge.Chunking;
using OrgWork.Bot.Core.Knowledge.Retrieval;
using OrgWork.Bot.Core.Knowledge.Segmentation;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>
/// The answer without a language model: the sentences of the best passages that cover most of the question, each
/// quoted verbatim as 「…」 and followed by its passage's [n]; a sentence that leads a list brings the list. It never
/// writes a sentence that is not in a document, and never quotes one that reads as an instruction to the bot.
/// </summary>
public sealed partial class ExtractiveComposer(ITextSegmenter segmenter)
{
    private const int PassagesUsed = 3;
    private const int MaxChars = 400;
    private const int MaxSentenceChars = 200;
    private const int MaxListItems = 10;
    private const int MaxListChars = 600;
    private const int ShortSentenceChars = 16;

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
        var sentencesOf = new Dictionary<int, IReadOnlyList<Sentence>>();
        foreach (var passage in passages.Take(PassagesUsed))
        {
            var sentences = SentenceSplitter.Split(passage.Chunk.Text, MaxSentenceChars);
            sentencesOf[passage.Number] = sentences;
            var scored = sentences.Select((s, i) => (passage.Number, i, s.Text, Score(s.Text, asked, context)))
                .Where(s => s.Item4 > 0 && !InjectedInstruction.IsIn(s.Text)).OrderByDescending(s => s.Item4).ThenBy(s => s.i).ToList();
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
            var opening = SentenceSplitter.Split(passages[0].Chunk.Text, MaxSentenceChars).Where(s => !InjectedInstruction.IsIn(s.Text)).ToList();
            return opening.Count == 0 ? "" : Quote(opening[0].Text, passages[0].Number);
        }

        var lines = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var length = 0;
        foreach (var (number, position, sentence, _) in picked.OrderBy(p => p.Number).ThenBy(p => p.Position))
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

            lines.Add(Quote(sentence, number));
            length += sentence.Length;
            foreach (var item in Continuation(sentencesOf[number], position))
            {
                if (seen.Add(item))
                {
                    lines.Add(Quote(item, number));
                    length += item.Length;
                }
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Document text is quoted as quotation, never spoken in the bot's own voice.</summary>
    private static string Quote(string sentence, int number) => $"「{sentence}」[{number}]";

    /// <summary>
    /// What a quoted sentence needs to be understood. One that ends in a colon (「在村级干部中深入实施五大行动：」) leads a
    /// list: the sentences after it, up to the one that closes the list with 。 (items usually end in ；). A short one
    /// (「第七条　加强柔性引才。」, a heading) only names its subject: the sentence after it says what it is.
    /// </summary>
    private static IEnumerable<string> Continuation(IReadOnlyList<Sentence> sentences, int position)
    {
        var lead = sentences[position].Text;
        if (!lead.EndsWith('：') && !lead.EndsWith(':'))
        {
            if (ArticleNumber().Replace(lead, "").Length <= ShortSentenceChars && position + 1 < sentences.Count
                && !InjectedInstruction.IsIn(sentences[position + 1].Text))
            {
                yield return sentences[position + 1].Text;
            }

            yield break;
        }

        var chars = 0;
        for (var i = position + 1; i < sentences.Count && i <= position + MaxListItems && chars < MaxListChars; i++)
        {
            var item = sentences[i].Text;
            if (InjectedInstruction.IsIn(item))
            {
                yield break;
            }

            chars += item.Length;
            yield return item;
            if (item.EndsWith('。'))
            {
                yield break;
            }
        }
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

    [System.Text.RegularExpressions.GeneratedRegex(@"^(第[一二三四五六七八九十百零〇\d]+条|[（(][一二三四五六七八九十]+[）)])\s*")]
    private static partial System.Text.RegularExpressions.Regex ArticleNumber();
}
