namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>
/// One front-matter value: a scalar, a list of scalars, a mapping of scalars (e.g. an exam's <c>draw</c>), or a list of
/// mappings (e.g. a class's <c>sessions</c>), with the line its key stands on and the line of each entry.
/// </summary>
public sealed record FrontMatterValue(
    int Line, string? Scalar, IReadOnlyList<string>? Items, IReadOnlyList<FrontMatterEntry>? Entries = null, IReadOnlyList<FrontMatterRecord>? Records = null);

/// <summary>One <c>key: value</c> entry of a mapping value.</summary>
public sealed record FrontMatterEntry(int Line, string Key, string? Value);

/// <summary>One item of a list of mappings (<c>- title: …</c> with its keys below), starting on <paramref name="Line"/>.</summary>
public sealed record FrontMatterRecord(int Line, IReadOnlyList<FrontMatterEntry> Entries)
{
    public FrontMatterEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key == key);
}
