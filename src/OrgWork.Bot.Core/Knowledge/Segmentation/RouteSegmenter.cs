using System.Text.RegularExpressions;

namespace OrgWork.Bot.Core.Knowledge.Segmentation;

/// <summary>
/// jieba's accurate mode without its HMM, word for word as jieba.NET 0.42.2 computes it (the same blocks, the same
/// directed acyclic graph of dictionary words, the same maximum-probability route with the same floating-point
/// expressions, the same frequencies it suggests for added words), over a <see cref="CompactLexicon"/> instead of
/// jieba.NET's per-process hash map. The domain words are kept beside the shared general dictionary. Safe for
/// concurrent use once constructed.
/// </summary>
internal sealed partial class RouteSegmenter
{
    private readonly CompactLexicon _dictionary;
    private readonly Dictionary<string, int> _added = new(StringComparer.Ordinal);
    private readonly HashSet<string> _addedPrefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _addedLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _addedPrefixLookup;
    private double _total;
    private double _logTotal;

    public RouteSegmenter(CompactLexicon dictionary, IEnumerable<DomainWord> domainWords)
    {
        _dictionary = dictionary;
        _addedLookup = _added.GetAlternateLookup<ReadOnlySpan<char>>();
        _addedPrefixLookup = _addedPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _total = dictionary.Total;
        _logTotal = Math.Log(_total);
        foreach (var word in domainWords)
        {
            AddWord(word.Text, word.Frequency ?? 0);
        }
    }

    public List<string> Cut(string text)
    {
        var words = new List<string>();
        foreach (var block in HanBlock().Split(text))
        {
            if (block.Length == 0)
            {
                continue;
            }

            if (HanBlock().IsMatch(block))
            {
                CutBlock(block, words);
                continue;
            }

            foreach (var piece in Whitespace().Split(block))
            {
                if (Whitespace().IsMatch(piece))
                {
                    words.Add(piece);
                }
                else
                {
                    foreach (var c in piece)
                    {
                        words.Add(c.ToString());
                    }
                }
            }
        }

        return words;
    }

    // jieba's pattern for a block of text that is cut with the dictionary, and what separates the rest.
    [GeneratedRegex(@"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%·\-]+)")]
    private static partial Regex HanBlock();

    [GeneratedRegex(@"(\r\n|\s)")]
    private static partial Regex Whitespace();

    private static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    private void CutBlock(string sentence, List<string> words)
    {
        var n = sentence.Length;
        var routeEnd = new int[n + 1];
        var routeScore = new double[n + 1];
        var ends = new List<(int End, int Frequency)>();
        for (var i = n - 1; i >= 0; i--)
        {
            WordsFrom(sentence, i, ends);
            var bestEnd = -1;
            var bestScore = double.MinValue;
            foreach (var (end, frequency) in ends)
            {
                var score = Math.Log(frequency) - _logTotal + routeScore[end + 1];
                if (bestScore < score)
                {
                    bestScore = score;
                    bestEnd = end;
                }
            }

            routeEnd[i] = bestEnd;
            routeScore[i] = bestScore;
        }

        var buffer = string.Empty;
        for (var x = 0; x < n;)
        {
            var y = routeEnd[x] + 1;
            var word = sentence.Substring(x, y - x);
            if (word.Length == 1 && IsAsciiLetterOrDigit(word[0]))
            {
                buffer += word;
            }
            else
            {
                if (buffer.Length > 0)
                {
                    words.Add(buffer);
                    buffer = string.Empty;
                }

                words.Add(word);
            }

            x = y;
        }

        if (buffer.Length > 0)
        {
            words.Add(buffer);
        }
    }

    // The dictionary words starting at position start, shortest first; the single character alone (frequency 1) if
    // none — jieba's DAG entry and the frequency its route uses for each.
    private void WordsFrom(string sentence, int start, List<(int End, int Frequency)> ends)
    {
        ends.Clear();
        var range = _dictionary.All;
        var inDictionary = true;
        for (var i = start; i < sentence.Length; i++)
        {
            if (inDictionary)
            {
                range = _dictionary.Narrow(range, i - start, sentence[i]);
                inDictionary = !range.IsEmpty;
            }

            var fragment = sentence.AsSpan(start, i - start + 1);
            if (!inDictionary && (_addedPrefixes.Count == 0 || !_addedPrefixLookup.Contains(fragment)))
            {
                break;
            }

            var frequency = _addedLookup.TryGetValue(fragment, out var added)
                ? added
                : inDictionary ? _dictionary.FrequencyOf(range, fragment.Length) : 0;
            if (frequency > 0)
            {
                ends.Add((i, frequency));
            }
        }

        if (ends.Count == 0)
        {
            ends.Add((start, 1));
        }
    }

    private int FrequencyOf(ReadOnlySpan<char> word) =>
        _addedLookup.TryGetValue(word, out var added) ? added : _dictionary.FrequencyOf(word);

    private int FrequencyOrOne(string word) => FrequencyOf(word) is var frequency and > 0 ? frequency : 1;

    // jieba.NET's JiebaSegmenter.AddWord and WordDictionary.AddWord: a word without a frequency gets the one that
    // makes it win over its own pieces.
    private void AddWord(string word, int frequency)
    {
        if (frequency <= 0)
        {
            var suggested = 1.0;
            foreach (var piece in Cut(word))
            {
                suggested *= FrequencyOrOne(piece) / _total;
            }

            frequency = Math.Max((int)(suggested * _total) + 1, FrequencyOrOne(word));
        }

        if (FrequencyOf(word) is var previous and > 0)
        {
            _total -= previous;
        }

        _added[word] = frequency;
        _total += frequency;
        _logTotal = Math.Log(_total);
        for (var length = 1; length <= word.Length; length++)
        {
            _addedPrefixes.Add(word[..length]);
        }
    }
}
