namespace OrgWork.Bot.Core.Knowledge.Segmentation;

/// <summary>The words of a <see cref="CompactLexicon"/> that start with a given prefix: indexes [From, To).</summary>
public readonly record struct PrefixRange(int From, int To)
{
    public bool IsEmpty => From >= To;
}
