using System.ComponentModel;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Core.Knowledge.Retrieval;

namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>The Semantic Kernel plugin through which every answer gets its passages.</summary>
public sealed class PolicySearchPlugin(PolicyIndex index, IOptions<RetrievalOptions> retrieval, IOptions<KnowledgeOptions> knowledge)
{
    public const string PluginName = "policies";
    public const string SearchFunction = "search";
    private const int ClosestTitles = 3;

    [KernelFunction(SearchFunction)]
    [Description("在已收录的政策文件中检索与问题相关的原文段落，按相关度排序并编号。")]
    public async Task<PolicySearchResult> SearchAsync(
        [Description("用户的问题（中文）")] string question, CancellationToken cancellationToken = default)
    {
        var snapshot = await index.GetAsync(cancellationToken);
        var depth = Math.Max(knowledge.Value.Passages, ClosestTitles);
        var hits = snapshot.Index.Search(question, depth);
        var passages = hits
            .Where(h => h.Score >= retrieval.Value.MinRelevance)
            .Take(knowledge.Value.Passages)
            .Select((h, i) => snapshot.Chunk(h.Id) is var chunk && chunk.Metadata.SupersededBy is { Length: > 0 } newer
                ? new RetrievedPassage(i + 1, chunk, h.Score) { SupersededBy = snapshot.TitleOfStem(newer) ?? newer }
                : new RetrievedPassage(i + 1, chunk, h.Score))
            .ToList();
        var titles = hits.Select(h => snapshot.Chunk(h.Id).Title).Distinct(StringComparer.Ordinal).Take(ClosestTitles).ToList();
        return new PolicySearchResult(passages, titles);
    }
}
