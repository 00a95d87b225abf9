namespace OrgWork.Bot.Core.Knowledge.Storage;

/// <summary>One stored chunk of a policy document (see <see cref="Chunking.PolicyChunk"/>).</summary>
public sealed class PolicyChunkRecord
{
    public long Id { get; set; }

    public string DocumentKey { get; set; } = "";

    public int Ordinal { get; set; }

    /// <summary>The heading path, one heading a line.</summary>
    public string HeadingPath { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>The chunk's embedding (little-endian floats) when an embedding model is configured.</summary>
    public byte[]? Embedding { get; set; }

    /// <summary>The model that made <see cref="Embedding"/>; another model's vectors are not comparable.</summary>
    public string? EmbeddingModel { get; set; }
}
