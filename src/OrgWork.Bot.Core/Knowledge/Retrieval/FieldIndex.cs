namespace OrgWork.Bot.Core.Knowledge.Retrieval;

/// <summary>
/// One field's inverted index (words, or character bigrams) in compact arrays: the postings of term t are
/// <c>docs[offsets[t]..offsets[t + 1]]</c> with their term frequencies. Immutable once built.
/// </summary>
internal sealed class FieldIndex<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _termIds;
    private readonly int[] _offsets;
    private readonly int[] _docs;
    private readonly int[] _frequencies;
    private readonly float[] _lengthNorms;
    private readonly double _k1;

    private FieldIndex(Dictionary<TKey, int> termIds, int[] offsets, int[] docs, int[] frequencies, float[] lengthNorms, double k1)
    {
        _termIds = termIds;
        _offsets = offsets;
        _docs = docs;
        _frequencies = frequencies;
        _lengthNorms = lengthNorms;
        _k1 = k1;
    }

    public int DocumentCount => _lengthNorms.Length;

    public static FieldIndex<TKey> Build(IReadOnlyList<IReadOnlyList<TKey>> documents, double k1, double b)
    {
        var termIds = new Dictionary<TKey, int>();
        var documentFrequencies = new List<int>();
        var perDocument = new (int Term, int Frequency)[documents.Count][];
        var lengths = new int[documents.Count];
        var counts = new Dictionary<int, int>();
        for (var d = 0; d < documents.Count; d++)
        {
            counts.Clear();
            foreach (var term in documents[d])
            {
                if (!termIds.TryGetValue(term, out var id))
                {
                    id = termIds.Count;
                    termIds.Add(term, id);
                    documentFrequencies.Add(0);
                }

                counts[id] = counts.GetValueOrDefault(id) + 1;
            }

            lengths[d] = documents[d].Count;
            var pairs = new (int, int)[counts.Count];
            var i = 0;
            foreach (var (id, frequency) in counts)
            {
                pairs[i++] = (id, frequency);
                documentFrequencies[id]++;
            }

            perDocument[d] = pairs;
        }

        var offsets = new int[termIds.Count + 1];
        for (var t = 0; t < termIds.Count; t++)
        {
            offsets[t + 1] = offsets[t] + documentFrequencies[t];
        }

        var docs = new int[offsets[^1]];
        var frequencies = new int[offsets[^1]];
        var next = offsets[..^1];
        for (var d = 0; d < perDocument.Length; d++)
        {
            foreach (var (term, frequency) in perDocument[d])
            {
                var slot = next[term]++;
                docs[slot] = d;
                frequencies[slot] = frequency;
            }
        }

        var averageLength = documents.Count == 0 ? 1 : Math.Max(1, lengths.Average());
        var lengthNorms = new float[documents.Count];
        for (var d = 0; d < lengths.Length; d++)
        {
            lengthNorms[d] = (float)Bm25.LengthNorm(k1, b, lengths[d], averageLength);
        }

        return new FieldIndex<TKey>(termIds, offsets, docs, frequencies, lengthNorms, k1);
    }

    /// <summary>BM25 idf of a term, or null when no document holds it.</summary>
    public double? Idf(TKey term) =>
        _termIds.TryGetValue(term, out var id) ? Bm25.Idf(DocumentCount, _offsets[id + 1] - _offsets[id]) : null;

    /// <summary>The best score one term can add to any document: its idf times (k1 + 1).</summary>
    public double MaxTermScore(double idf) => idf * (_k1 + 1);

    /// <summary>Sets <paramref name="marks"/>[d] to <paramref name="stamp"/> for every document holding the term.</summary>
    public void Mark(TKey term, int[] marks, int stamp)
    {
        if (!_termIds.TryGetValue(term, out var id))
        {
            return;
        }

        for (var p = _offsets[id]; p < _offsets[id + 1]; p++)
        {
            marks[_docs[p]] = stamp;
        }
    }

    /// <summary>
    /// Adds <paramref name="weight"/> · BM25(term, d) to <paramref name="scores"/>[d] for every document holding the
    /// term. Documents marked with <paramref name="stamp"/> (the term is in their title) get the saturated score
    /// <paramref name="weight"/> · idf · (k1 + 1) instead: a title match is the strongest evidence a term can give,
    /// and it is the same for every chunk of the document, however often the chunk repeats the term.
    /// </summary>
    public void Accumulate(TKey term, double weight, float[] scores, int[] marks, int stamp)
    {
        if (!_termIds.TryGetValue(term, out var id))
        {
            return;
        }

        var start = _offsets[id];
        var end = _offsets[id + 1];
        var idf = Bm25.Idf(DocumentCount, end - start);
        var factor = (float)(weight * idf * (_k1 + 1));
        for (var p = start; p < end; p++)
        {
            var d = _docs[p];
            if (marks[d] == stamp)
            {
                scores[d] += factor;
                continue;
            }

            var tf = _frequencies[p];
            scores[d] += factor * tf / (tf + _lengthNorms[d]);
        }
    }
}
