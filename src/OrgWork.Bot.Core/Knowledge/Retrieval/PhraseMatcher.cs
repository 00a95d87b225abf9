using OrgWork.Bot.Core.Knowledge.Segmentation;

namespace OrgWork.Bot.Core.Knowledge.Retrieval;

/// <summary>
/// The phrase signal: which share of the question (weighted by bigram idf) a passage contains verbatim, counting only
/// runs of at least <see cref="RetrievalOptions.MinPhraseLength"/> characters. BM25 scores terms one by one; this
/// rewards the passage that says the question's words in the question's order, which is what tells neighbouring
/// chunks of one document apart.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly IReadOnlyList<string> _phrases;
    private readonly double[][] _weights;
    private readonly double _totalWeight;
    private readonly int _minLength;

    public PhraseMatcher(IReadOnlyList<string> phrases, Func<char, char, double> bigramWeight, int minLength)
    {
        _phrases = phrases;
        _minLength = Math.Max(2, minLength);
        _weights = new double[phrases.Count][];
        for (var p = 0; p < phrases.Count; p++)
        {
            var phrase = phrases[p];
            var weights = new double[Math.Max(0, phrase.Length - 1)];
            for (var j = 0; j < weights.Length; j++)
            {
                weights[j] = TextNormalizer.IsHan(phrase[j]) && TextNormalizer.IsHan(phrase[j + 1])
                    ? bigramWeight(phrase[j], phrase[j + 1])
                    : 0;
                _totalWeight += weights[j];
            }

            _weights[p] = weights;
        }
    }

    /// <summary>0 (nothing of the question verbatim) to 1 (every question bigram inside a long enough verbatim run).</summary>
    public double Score(string normalizedPassage)
    {
        if (_totalWeight <= 0)
        {
            return 0;
        }

        var text = normalizedPassage.AsSpan();
        var covered = 0.0;
        for (var p = 0; p < _phrases.Count; p++)
        {
            var phrase = _phrases[p].AsSpan();
            var weights = _weights[p];
            var coveredUntil = 0;
            var length = 0;
            for (var i = 0; i + _minLength <= phrase.Length; i++)
            {
                // If phrase[i-1 ..] matched for length L, phrase[i ..] matches for at least L - 1.
                length = Math.Max(length - 1, 0);
                while (i + length < phrase.Length && text.IndexOf(phrase.Slice(i, length + 1), StringComparison.Ordinal) >= 0)
                {
                    length++;
                }

                if (length < _minLength)
                {
                    continue;
                }

                for (var j = Math.Max(i, coveredUntil); j < i + length - 1; j++)
                {
                    covered += weights[j];
                }

                coveredUntil = Math.Max(coveredUntil, i + length - 1);
            }
        }

        return covered / _totalWeight;
    }
}
