using System.Globalization;

namespace OrgWork.Bot.Core.Knowledge.Segmentation;

/// <summary>
/// Words of party and organisation work (乡村振兴, 党支部, 组工干部 …) that the general dictionary would split;
/// shipped inside the assembly so it is found from any working directory.
/// </summary>
public sealed class DomainLexicon
{
    private const string ResourceName = "OrgWork.Bot.Core.Knowledge.domain-dictionary.txt";

    public DomainLexicon(IReadOnlyList<DomainWord> words) => Words = words;

    public IReadOnlyList<DomainWord> Words { get; }

    /// <summary>The dictionary shipped with the bot.</summary>
    public static DomainLexicon LoadBuiltIn()
    {
        using var stream = typeof(DomainLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Reads one word a line, optionally followed by a frequency; <c>#</c> starts a comment line.</summary>
    public static DomainLexicon Parse(string text)
    {
        var words = new List<DomainWord>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            int? frequency = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var f) ? f : null;
            words.Add(new DomainWord(TextNormalizer.Normalize(parts[0]), frequency));
        }

        return new DomainLexicon(words);
    }
}
