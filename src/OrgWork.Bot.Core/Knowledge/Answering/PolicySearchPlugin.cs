using System.ComponentModel;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Knowledge.Embeddings;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Core.Knowledge.Retrieval;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>
/// The Semantic Kernel plugin through which every answer gets its passages: BM25, fused by reciprocal rank with
/// embedding similarity when an embedding model is configured. A passage counts as found when its BM25 relevance
/// reaches <see cref="RetrievalOptions.MinRelevance"/> or its similarity <see cref="RetrievalOptions.MinSimilarity"/>.
/// </summary>
public sealed class PolicySearchPlugin(
    PolicyIndex index, PolicyEmbeddings embeddings, CatalogueStore catalogue, IOptions<RetrievalOptions> retrieval, IOptions<KnowledgeOptions> knowledge)
{
    public const string PluginName = "policies";
    public const string SearchFunction = "search";
    private const int ClosestTitles = 3;
    private const int FusionDepth = 20;

    [KernelFunction(SearchFunction)]
    [Description("在已收录的政策文件中检索与问题相关的原文段落，按相关度排序并编号。")]
    public Task<PolicySearchResult> SearchAsync(
        [Description("用户的问题（中文）")] string question, CancellationToken cancellationToken = default) =>
        FindAsync(question, withEmbeddings: true, cancellationToken);

    /// <summary>
    /// The search itself, called directly by the answerer (never through the kernel, whose construction may fail).
    /// Without <paramref name="withEmbeddings"/> the question is not embedded: retrieval is lexical, with no remote call.
    /// </summary>
    public async Task<PolicySearchResult> FindAsync(string question, bool withEmbeddings, CancellationToken cancellationToken)
    {
        var snapshot = await index.GetAsync(cancellationToken);
        // Members' words (工资, 借钱) are searched as they are and as the documents' words (报酬, 举债); a passage keeps its best score.
        var inDocumentWords = catalogue.Current.Synonyms.ToDocumentWords(question);
        var hits = snapshot.Index.Search(question, FusionDepth);
        if (inDocumentWords != question)
        {
            hits = [.. hits.Concat(snapshot.Index.Search(inDocumentWords, FusionDepth))
                .GroupBy(h => h.Id, StringComparer.Ordinal).Select(g => g.MaxBy(h => h.Score)!)
                .OrderByDescending(h => h.Score).Take(FusionDepth)];
        }

        var relevance = hits.ToDictionary(h => h.Id, h => h.Score, StringComparer.Ordinal);
        var similarity = withEmbeddings ? await SimilaritiesAsync(snapshot, question, cancellationToken) : [];

        IReadOnlyList<string> order = [.. hits.Select(h => h.Id)];
        if (similarity.Count > 0)
        {
            order = ReciprocalRankFusion.Fuse(order, [.. similarity.OrderByDescending(s => s.Value).Take(FusionDepth).Select(s => s.Key)]);
        }

        var passages = order
            .Where(id => relevance.GetValueOrDefault(id) >= retrieval.Value.MinRelevance || similarity.GetValueOrDefault(id) >= retrieval.Value.MinSimilarity)
            .Take(knowledge.Value.Passages)
            .Select((id, i) => Passage(snapshot, id, i + 1, relevance.GetValueOrDefault(id)))
            .ToList();
        var titles = order.Select(id => snapshot.Chunk(id).Title).Distinct(StringComparer.Ordinal).Take(ClosestTitles).ToList();
        return new PolicySearchResult(passages, titles);
    }

    /// <summary>The index snapshot searches read (curated answers resolve their sources in it).</summary>
    public Task<PolicyIndexSnapshot> SnapshotAsync(CancellationToken cancellationToken) => index.GetAsync(cancellationToken);

    private async Task<Dictionary<string, double>> SimilaritiesAsync(PolicyIndexSnapshot snapshot, string question, CancellationToken cancellationToken)
    {
        var similarity = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!embeddings.IsEnabled || !snapshot.Chunks.Any(c => c.Embedding is not null)
            || await embeddings.EmbedAsync([question], cancellationToken) is not [var vector])
        {
            return similarity;
        }

        foreach (var chunk in snapshot.Chunks)
        {
            if (chunk.Embedding is { } embedding)
            {
                similarity[chunk.Id] = VectorMath.Cosine(vector, embedding);
            }
        }

        return similarity;
    }

    private static RetrievedPassage Passage(PolicyIndexSnapshot snapshot, string id, int number, double score)
    {
        var chunk = snapshot.Chunk(id);
        return chunk.Metadata.SupersededBy is { Length: > 0 } newer
            ? new RetrievedPassage(number, chunk, score) { SupersededBy = snapshot.TitleOfStem(newer) ?? newer }
            : new RetrievedPassage(number, chunk, score);
    }
}
