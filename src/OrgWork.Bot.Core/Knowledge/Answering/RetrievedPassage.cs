using OrgWork.Bot.Core.Knowledge.Indexing;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>A passage found for a question, numbered as the answer will cite it.</summary>
public sealed record RetrievedPassage(int Number, IndexedChunk Chunk, double Score)
{
    /// <summary>The title of the document that replaces this one (its file name when that is not indexed), if superseded.</summary>
    public string? SupersededBy { get; init; }
}
