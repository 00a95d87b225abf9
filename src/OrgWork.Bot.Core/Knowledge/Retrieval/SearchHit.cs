namespace OrgWork.Bot.Core.Knowledge.Retrieval;

/// <summary>
/// A retrieved passage with its score: the share (0–1) of the score a passage holding every question term would get,
/// comparable across questions, so it also decides "found" against <see cref="RetrievalOptions.MinRelevance"/>.
/// </summary>
public sealed record SearchHit(IndexedPassage Passage, double Score)
{
    public string Id => Passage.Id;
}
