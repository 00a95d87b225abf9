namespace OrgWork.Bot.Core.Knowledge.Synonyms;

/// <summary>The documents' word (<see cref="Head"/>) and the words members use for it.</summary>
public sealed record SynonymGroup(string Head, IReadOnlyList<string> Variants)
{
    public IEnumerable<string> Words => Variants.Prepend(Head);
}
