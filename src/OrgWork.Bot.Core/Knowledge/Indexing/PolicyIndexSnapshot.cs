using OrgWork.Bot.Core.Knowledge.Retrieval;
using OrgWork.Bot.Core.Knowledge.Segmentation;

namespace OrgWork.Bot.Core.Knowledge.Indexing;

/// <summary>An immutable view of the policy index: the lexical index and the chunks and documents behind its ids.</summary>
public sealed class PolicyIndexSnapshot
{
    private readonly Dictionary<string, IndexedChunk> _chunks;
    private readonly Dictionary<string, IndexedChunk> _firstChunkByStem;

    private PolicyIndexSnapshot(LexicalIndex index, IReadOnlyList<IndexedChunk> chunks)
    {
        Index = index;
        Chunks = chunks;
        _chunks = chunks.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _firstChunkByStem = chunks.GroupBy(c => c.FileStem, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public LexicalIndex Index { get; }

    public IReadOnlyList<IndexedChunk> Chunks { get; }

    public int DocumentCount => _firstChunkByStem.Count;

    public static PolicyIndexSnapshot Build(IReadOnlyList<IndexedChunk> chunks, ITextSegmenter segmenter, RetrievalOptions options)
    {
        var passages = chunks.Select(c => new IndexedPassage(c.Id, c.Title, c.Section.Length == 0 ? c.Text : c.Section + "\n" + c.Text)).ToList();
        return new PolicyIndexSnapshot(LexicalIndex.Build(passages, segmenter, options), chunks);
    }

    public IndexedChunk Chunk(string id) => _chunks[id];

    /// <summary>The title of the document a <c>superseded_by</c> value names, if it is indexed.</summary>
    public string? TitleOfStem(string stem) => _firstChunkByStem.GetValueOrDefault(stem)?.Title;
}
