using OrgWork.Bot.Core.Knowledge.Chunking;

namespace OrgWork.Bot.Core.Knowledge.Indexing;

/// <summary>A chunk as the answering side sees it: its text, where it comes from, and the document's metadata.</summary>
public sealed record IndexedChunk(string Id, string DocumentKey, string FileStem, string Title, string Section, string Text, PolicyMetadata Metadata)
{
    /// <summary>The embedding, when one is stored for the configured model.</summary>
    public ReadOnlyMemory<float>? Embedding { get; init; }
}
