using OrgWork.Bot.Core.Knowledge.Segmentation;

namespace OrgWork.Bot.Core.Knowledge.Retrieval;

/// <summary>
/// The in-memory lexical index: BM25 over jieba words plus BM25 over character bigrams, each scaled to the best score
/// the question could get, then the best candidates re-scored with the phrase signal (<see cref="PhraseMatcher"/>).
/// Immutable once built and safe for concurrent searches.
/// </summary>
public sealed class LexicalIndex
{
    private readonly IReadOnlyList<IndexedPassage> _passages;
    private readonly string[] _normalizedTexts;
    private readonly FieldIndex<string> _words;
    private readonly FieldIndex<int> _bigrams;
    private readonly TermAnalyzer _analyzer;
    private readonly RetrievalOptions _options;

    private LexicalIndex(
        IReadOnlyList<IndexedPassage> passages, string[] normalizedTexts, FieldIndex<string> words, FieldIndex<int> bigrams,
        TermAnalyzer analyzer, RetrievalOptions options)
    {
        _passages = passages;
        _normalizedTexts = normalizedTexts;
        _words = words;
        _bigrams = bigrams;
        _analyzer = analyzer;
        _options = options;
    }

    public int Count => _passages.Count;

    /// <summary>Analyses every passage (in parallel) and builds the index.</summary>
    public static LexicalIndex Build(
        IReadOnlyList<IndexedPassage> passages, ITextSegmenter segmenter, RetrievalOptions options, CancellationToken cancellationToken = default)
    {
        var analyzer = new TermAnalyzer(segmenter);
        var analyzed = new AnalyzedText[passages.Count];
        var normalized = new string[passages.Count];
        Parallel.For(0, passages.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var text = passages[i].IndexText;
            analyzed[i] = analyzer.Analyze(text);
            normalized[i] = TextNormalizer.Normalize(text);
        });

        var words = FieldIndex<string>.Build([.. analyzed.Select(a => a.Words)], options.K1, options.B);
        var bigrams = FieldIndex<int>.Build([.. analyzed.Select(a => a.Bigrams)], options.K1, options.B);
        return new LexicalIndex(passages, normalized, words, bigrams, analyzer, options);
    }

    /// <summary>The <paramref name="count"/> best passages for <paramref name="question"/>, best first.</summary>
    public IReadOnlyList<SearchHit> Search(string question, int count)
    {
        var query = _analyzer.Analyze(question, withPhrases: true);
        var scores = new float[_passages.Count];
        var wordIdeal = Accumulate(_words, query.Words, 1.0, scores);
        var bigramIdeal = Accumulate(_bigrams, query.Bigrams, _options.BigramWeight, scores);
        if (wordIdeal + bigramIdeal <= 0)
        {
            return [];
        }

        var candidates = TopCandidates(scores, Math.Max(count, _options.RerankDepth));
        var phrases = new PhraseMatcher(query.Phrases, (a, b) => _bigrams.Idf(TermAnalyzer.BigramKey(a, b)) ?? 0, _options.MinPhraseLength);
        var hits = new List<SearchHit>(candidates.Count);
        foreach (var d in candidates)
        {
            var relevance = scores[d] / (1 + _options.BigramWeight);
            var phrase = _options.PhraseWeight > 0 ? phrases.Score(_normalizedTexts[d]) : 0;
            hits.Add(new SearchHit(_passages[d].Id, relevance + (_options.PhraseWeight * phrase), relevance));
        }

        hits.Sort((x, y) => y.Score.CompareTo(x.Score));
        return hits.Count > count ? hits[..count] : hits;
    }

    /// <summary>
    /// Adds the field's BM25 for the query terms, scaled so that a passage scoring the ideal on every term gets
    /// <paramref name="weight"/>; returns the ideal (0 when the query has no terms in this field). Terms no passage
    /// holds still count in the ideal: a question about something absent from the documents is less relevant.
    /// </summary>
    private static double Accumulate<TKey>(FieldIndex<TKey> field, IReadOnlyList<TKey> terms, double weight, float[] scores)
        where TKey : notnull
    {
        var counts = new Dictionary<TKey, int>();
        foreach (var term in terms)
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        var unseenIdf = Bm25.Idf(field.DocumentCount, 0);
        var ideal = 0.0;
        foreach (var (term, count) in counts)
        {
            ideal += count * field.MaxTermScore(field.Idf(term) ?? unseenIdf);
        }

        if (ideal <= 0)
        {
            return 0;
        }

        foreach (var (term, count) in counts)
        {
            field.Accumulate(term, weight * count / ideal, scores);
        }

        return ideal;
    }

    private static List<int> TopCandidates(float[] scores, int depth)
    {
        var heap = new PriorityQueue<int, float>(depth + 1);
        for (var d = 0; d < scores.Length; d++)
        {
            var score = scores[d];
            if (score <= 0)
            {
                continue;
            }

            if (heap.Count < depth)
            {
                heap.Enqueue(d, score);
            }
            else if (heap.TryPeek(out _, out var lowest) && score > lowest)
            {
                heap.DequeueEnqueue(d, score);
            }
        }

        var result = new List<int>(heap.Count);
        while (heap.TryDequeue(out var d, out _))
        {
            result.Add(d);
        }

        return result;
    }
}
