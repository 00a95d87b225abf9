using System.Text;

namespace OrgWork.Bot.Core.Knowledge.Synonyms;

/// <summary>
/// The domain synonym list (<c>content/synonyms.md</c>): members' words (工资, 借钱, 年轻干部) and the documents' words
/// they stand for (报酬, 举债, 青年干部). A question is searched in its own words and in the documents' words.
/// </summary>
public sealed class SynonymTable
{
    private readonly List<(string Variant, string Head)> _byLength;
    private readonly Dictionary<string, SynonymGroup> _groupOf = new(StringComparer.Ordinal);

    public SynonymTable(IReadOnlyList<SynonymGroup> groups)
    {
        Groups = groups;
        foreach (var group in groups)
        {
            foreach (var word in group.Words)
            {
                _groupOf.TryAdd(word, group);
            }
        }

        _byLength = [.. groups.SelectMany(g => g.Variants.Select(v => (v, g.Head))).OrderByDescending(p => p.v.Length)];
    }

    public static SynonymTable Empty { get; } = new([]);

    public IReadOnlyList<SynonymGroup> Groups { get; }

    /// <summary>The text with every member's word replaced by the documents' word, longest first, left to right.</summary>
    public string ToDocumentWords(string text)
    {
        if (_byLength.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var match = _byLength.FirstOrDefault(p => string.CompareOrdinal(text, i, p.Variant, 0, p.Variant.Length) == 0);
            if (match.Variant is null)
            {
                result.Append(text[i++]);
                continue;
            }

            result.Append(match.Head);
            i += match.Variant.Length;
        }

        return result.ToString();
    }

    /// <summary>
    /// <paramref name="word"/> and its forms with one word of a group inside it replaced by each other word of the group:
    /// 青年干部 also reads 年轻干部.
    /// </summary>
    public IEnumerable<string> Forms(string word)
    {
        yield return word;
        foreach (var (known, group) in _groupOf)
        {
            var at = word.IndexOf(known, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            foreach (var other in group.Words.Where(w => w != known))
            {
                yield return string.Concat(word.AsSpan(0, at), other, word.AsSpan(at + known.Length));
            }
        }
    }
}
