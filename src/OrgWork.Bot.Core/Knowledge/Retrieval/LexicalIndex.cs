using OrgWork.Bot.Core.Knowledge.Segmentation;

namespace OrgWork.Bot.Core.Knowledge.Retrieval;

/// <summary>
/// The in-memory lexical index: BM25 over jieba words plus BM25 over character bigrams, each scaled to the best score
/// the question could get. Terms of a passage's title count once (<see cref="FieldIndex{TKey}.Accumulate"/>): the
/// title tells which document, the chunk's own words tell which part of it. Ties go to the earlier passage, a
/// document's opening before its details. Immutable once built and safe for concurrent searches.
/// </summary>
public sealed class LexicalIndex
{
    private readonly IReadOnlyList<IndexedPassage> _passages;
    private readonly Fields _text;
    private readonly Fields _titles;
    private readonly TermAnalyzer _analyzer;
    private readonly RetrievalOptions _options;

    private LexicalIndex(IReadOnlyList<IndexedPassage> passages, Fields text, Fields titles, TermAnalyzer analyzer, RetrievalOptions options)
    {
        _passages = passages;
        _text = text;
        _titles = titles;
        _analyzer = analyzer;
        _options = options;
    }

    public int Count => _passages.Count;

    public IReadOnlyList<IndexedPassage> Passages => _passages;

    /// <summary>Analyses every passage (in parallel, titles once each) and builds the index.</summary>
    public static LexicalIndex Build(
        IReadOnlyList<IndexedPassage> passages, ITextSegmenter segmenter, RetrievalOptions options, CancellationToken cancellationToken = default)
    {
        var analyzer = new TermAnalyzer(segmenter);
        var analyzed = new AnalyzedText[passages.Count];
        Parallel.For(0, passages.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            analyzed[i] = analyzer.Analyze(passages[i].IndexText));

        var titleTerms = passages.Select(p => p.Title).Distinct(StringComparer.Ordinal)
            .ToDictionary(t => t, analyzer.Analyze, StringComparer.Ordinal);
        var titles = passages.Select(p => titleTerms[p.Title]).ToArray();
        return new LexicalIndex(passages, Fields.Build(analyzed, options), Fields.Build(titles, options), analyzer, options);
    }

    /// <summary>The <paramref name="count"/> best passages for <paramref name="question"/>, best first; none when no term matches.</summary>
    public IReadOnlyList<SearchHit> Search(string question, int count)
    {
        var query = _analyzer.Analyze(question);
        var scores = new float[_passages.Count];
        var marks = new int[_passages.Count];
        var stamp = 0;
        var wordIdeal = Accumulate(_text.Words, _titles.Words, query.Words, 1.0, scores, marks, ref stamp);
        var bigramIdeal = Accumulate(_text.Bigrams, _titles.Bigrams, query.Bigrams, _options.BigramWeight, scores, marks, ref stamp);
        var total = (wordIdeal > 0 ? 1.0 : 0) + (bigramIdeal > 0 ? _options.BigramWeight : 0);
        if (total <= 0)
        {
            return [];
        }

        return [.. TopPassages(scores, count).Select(d => new SearchHit(_passages[d], scores[d] / total))];
    }

    /// <summary>
    /// Adds the field's BM25 for the query terms, scaled so that a passage scoring the ideal on every term gets
    /// <paramref name="weight"/>; returns the ideal (0 when the query has no terms in this field). Terms no passage
    /// holds still count in the ideal: a question about something absent from the documents is less relevant.
    /// </summary>
    private static double Accumulate<TKey>(
        FieldIndex<TKey> field, FieldIndex<TKey> titles, IReadOnlyList<TKey> terms, double weight, float[] scores, int[] marks, ref int stamp)
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
            stamp++;
            titles.Mark(term, marks, stamp);
            field.Accumulate(term, weight * count / ideal, scores, marks, stamp);
        }

        return ideal;
    }

    /// <summary>The best documents by score, ties to the lower position, without sorting every document.</summary>
    private static List<int> TopPassages(float[] scores, int count)
    {
        var heap = new PriorityQueue<int, (float Score, int Position)>(count + 1, WorstFirst.Instance);
        for (var d = 0; d < scores.Length; d++)
        {
            if (scores[d] <= 0)
            {
                continue;
            }

            heap.Enqueue(d, (scores[d], d));
            if (heap.Count > count)
            {
                heap.Dequeue();
            }
        }

        var result = new List<int>(heap.Count);
        while (heap.TryDequeue(out var d, out _))
        {
            result.Add(d);
        }

        result.Reverse();
        return result;
    }

    private sealed record Fields(FieldIndex<string> Words, FieldIndex<int> Bigrams)
    {
        public static Fields Build(IReadOnlyList<AnalyzedText> texts, RetrievalOptions options) => new(
            FieldIndex<string>.Build([.. texts.Select(a => a.Words)], options.K1, options.B),
            FieldIndex<int>.Build([.. texts.Select(a => a.Bigrams)], options.K1, options.B));
    }

    /// <summary>Orders the heap so the worst hit (lowest score, then latest position) leaves first.</summary>
    private sealed class WorstFirst : IComparer<(float Score, int Position)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((float Score, int Position) x, (float Score, int Position) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Position.CompareTo(x.Position);
    }
}
