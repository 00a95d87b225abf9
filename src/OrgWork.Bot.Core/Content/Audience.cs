namespace OrgWork.Bot.Core.Content;

/// <summary>
/// Who a plan or exam is for: everyone (<c>全体</c>, also when the key is left out) or the members of the named branches.
/// A name may also be a parent organisation (党委/党总支), which stands for every branch under it.
/// </summary>
public sealed record Audience(IReadOnlyList<string> Names)
{
    public const string EveryoneWord = "全体";

    public static Audience Everyone { get; } = new([]);

    public bool IsEveryone => Names.Count == 0;

    /// <summary>Whether a member of <paramref name="branch"/> (under <paramref name="parent"/>, if any) belongs to it.</summary>
    public bool Includes(string? branch, string? parent) =>
        IsEveryone
        || (branch is not null && Names.Contains(branch, StringComparer.Ordinal))
        || (parent is not null && Names.Contains(parent, StringComparer.Ordinal));

    /// <summary>The front-matter value: missing, <c>全体</c>, one name, or a list of names.</summary>
    public static Audience From(IReadOnlyList<string> values)
    {
        var names = values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return names.Count == 0 || names.Contains(EveryoneWord, StringComparer.Ordinal) ? Everyone : new Audience(names);
    }
}
