namespace OrgWork.Bot.Core.Knowledge.Storage;

/// <summary>An indexed policy document: what it is called and the hash of the file its chunks were made from.</summary>
public sealed class PolicyDocumentRecord
{
    /// <summary>The path under <c>policies/</c> without extension.</summary>
    public string Key { get; set; } = "";

    /// <summary>The file name without extension, which <c>superseded_by</c> refers to.</summary>
    public string FileStem { get; set; } = "";

    public string SourcePath { get; set; } = "";

    /// <summary>SHA-256 of the file's bytes and the chunking rules, hex; an unchanged hash means the chunks are still right.</summary>
    public string ContentHash { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Number { get; set; }

    public string? Issuer { get; set; }

    public DateOnly? Effective { get; set; }

    public string? SupersededBy { get; set; }

    public DateTime IndexedAt { get; set; }

    public List<PolicyChunkRecord> Chunks { get; set; } = [];
}
