namespace OrgWork.Bot.Core.Knowledge.Chunking;

/// <summary>A policy document as read from its file, before chunking.</summary>
public sealed record ParsedPolicy(string Key, string Title, PolicyMetadata Metadata, IReadOnlyList<PolicySection> Sections)
{
    /// <summary>Problems worth telling the author (unknown front-matter keys, a bad date), never fatal.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
