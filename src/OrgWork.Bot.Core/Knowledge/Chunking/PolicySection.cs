namespace OrgWork.Bot.Core.Knowledge.Chunking;

/// <summary>The text under one heading; <see cref="HeadingPath"/> runs from the top-level heading down to this one.</summary>
public sealed record PolicySection(IReadOnlyList<string> HeadingPath, string Text);
