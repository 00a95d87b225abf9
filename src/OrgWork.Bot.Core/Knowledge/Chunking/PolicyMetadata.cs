namespace OrgWork.Bot.Core.Knowledge.Chunking;

/// <summary>
/// A policy's front matter: <c>number</c> (文号), <c>issuer</c>, <c>effective</c> (YYYY-MM-DD) and
/// <c>superseded_by</c> (the file name, without extension, of the document that replaces it).
/// </summary>
public sealed record PolicyMetadata(string? Number = null, string? Issuer = null, DateOnly? Effective = null, string? SupersededBy = null)
{
    public static PolicyMetadata None { get; } = new();

    public bool IsSuperseded => !string.IsNullOrWhiteSpace(SupersededBy);
}
