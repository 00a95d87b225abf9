namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>
/// One front-matter value: a scalar, a list of scalars, or a mapping of scalars (e.g. an exam's <c>draw</c>), with the
/// line its key stands on and, for a mapping, the line of each entry.
/// </summary>
public sealed record FrontMatterValue(int Line, string? Scalar, IReadOnlyList<string>? Items, IReadOnlyList<FrontMatterEntry>? Entries = null);

/// <summary>One <c>key: value</c> entry of a mapping value.</summary>
public sealed record FrontMatterEntry(int Line, string Key, string? Value);
