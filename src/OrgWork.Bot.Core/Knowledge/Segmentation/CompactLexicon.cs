using System.Globalization;

namespace OrgWork.Bot.Core.Knowledge.Segmentation;

/// <summary>
/// jieba's general dictionary (<c>dict.txt</c>: word, frequency, tag a line) in compact form: the words sorted by
/// ordinal order in one character array, with their start offsets and frequencies. jieba.NET keeps the same data as a
/// hash map with one string per word and per word prefix, and loads its HMM model beside it (the service's resident
/// memory was 66 MiB higher with it, docs/benchmarks.md); this form is three arrays of about 5 MiB together and answers jieba's two questions, "is this a word, how frequent" and "does any word start like this", by
/// narrowing a range of the sorted words one character at a time. Immutable once built.
/// </summary>
public sealed class CompactLexicon
{
    private readonly char[] _chars;
    private readonly int[] _starts;
    private readonly int[] _frequencies;

    private CompactLexicon(char[] chars, int[] starts, int[] frequencies, double total)
    {
        _chars = chars;
        _starts = starts;
        _frequencies = frequencies;
        Total = total;
    }

    /// <summary>The number of distinct words.</summary>
    public int Count => _frequencies.Length;

    /// <summary>The sum of the frequencies of every line of the file, as jieba counts it (a repeated word twice).</summary>
    public double Total { get; }

    /// <summary>
    /// Reads jieba's dictionary format (the whole file's text); a line with fewer than two fields is skipped, as jieba
    /// does. The words are sorted as spans of that text, so loading allocates no string per word.
    /// </summary>
    public static CompactLexicon Parse(string text)
    {
        var wordStarts = new List<int>(360_000);
        var wordLengths = new List<int>(360_000);
        var frequencies = new List<int>(360_000);
        var total = 0.0;
        var offset = 0;
        while (offset < text.Length)
        {
            var lineStart = offset;
            var lineEnd = text.IndexOf('\n', offset);
            offset = lineEnd < 0 ? text.Length : lineEnd + 1;
            var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).TrimEnd('\r');
            var firstSpace = line.IndexOf(' ');
            if (firstSpace < 0)
            {
                continue;
            }

            var rest = line[(firstSpace + 1)..];
            var secondSpace = rest.IndexOf(' ');
            var frequency = int.Parse(secondSpace < 0 ? rest : rest[..secondSpace], NumberStyles.Integer, CultureInfo.InvariantCulture);
            wordStarts.Add(lineStart);
            wordLengths.Add(firstSpace);
            frequencies.Add(frequency);
            total += frequency;
        }

        // Sorted by word, then by line: of a word listed twice the later line wins, as in jieba's map.
        var order = new int[wordStarts.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byWord = Word(a).SequenceCompareTo(Word(b));
            return byWord != 0 ? byWord : a.CompareTo(b);
        });

        var kept = new List<int>(order.Length);
        var length = 0;
        for (var i = 0; i < order.Length; i++)
        {
            if (i + 1 < order.Length && Word(order[i]).SequenceEqual(Word(order[i + 1])))
            {
                continue;
            }

            kept.Add(order[i]);
            length += wordLengths[order[i]];
        }

        var chars = new char[length];
        var starts = new int[kept.Count + 1];
        var keptFrequencies = new int[kept.Count];
        var position = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            starts[i] = position;
            Word(kept[i]).CopyTo(chars.AsSpan(position));
            position += wordLengths[kept[i]];
            keptFrequencies[i] = frequencies[kept[i]];
        }

        starts[^1] = position;
        return new CompactLexicon(chars, starts, keptFrequencies, total);

        ReadOnlySpan<char> Word(int line) => text.AsSpan(wordStarts[line], wordLengths[line]);
    }

    /// <summary>The range of every word, before any character is matched.</summary>
    public PrefixRange All => new(0, Count);

    /// <summary>
    /// Narrows <paramref name="range"/>, the words starting with some prefix of length <paramref name="depth"/>, to
    /// those whose next character is <paramref name="next"/>. Empty when no word starts that way.
    /// </summary>
    public PrefixRange Narrow(PrefixRange range, int depth, char next)
    {
        var from = LowerBound(range.From, range.To, depth, next);
        var to = LowerBound(from, range.To, depth, next + 1);
        return new PrefixRange(from, to);
    }

    /// <summary>
    /// The frequency of the word that is exactly the prefix of length <paramref name="length"/> the range was
    /// narrowed to (the first word of the range, which sorts before its longer neighbours), or 0 if it is no word.
    /// </summary>
    public int FrequencyOf(PrefixRange range, int length) =>
        !range.IsEmpty && _starts[range.From + 1] - _starts[range.From] == length ? _frequencies[range.From] : 0;

    /// <summary>The frequency of a word, or 0 if it is not in the dictionary.</summary>
    public int FrequencyOf(ReadOnlySpan<char> word)
    {
        var range = All;
        for (var depth = 0; depth < word.Length && !range.IsEmpty; depth++)
        {
            range = Narrow(range, depth, word[depth]);
        }

        return word.Length == 0 ? 0 : FrequencyOf(range, word.Length);
    }

    // The first index in [from, to) whose character at depth is at least target (a word that ends before depth
    // counts as -1: it sorts first).
    private int LowerBound(int from, int to, int depth, int target)
    {
        while (from < to)
        {
            var middle = (int)((uint)(from + to) >> 1);
            if (CharAt(middle, depth) < target)
            {
                from = middle + 1;
            }
            else
            {
                to = middle;
            }
        }

        return from;
    }

    private int CharAt(int index, int depth)
    {
        var position = _starts[index] + depth;
        return position < _starts[index + 1] ? _chars[position] : -1;
    }
}
