namespace OrgWork.Bot.Core.Knowledge.Retrieval;

/// <summary>
/// A retrieved passage. <see cref="Score"/> orders hits; <see cref="Relevance"/> (0–1) is comparable across questions
/// and decides "found" against <see cref="RetrievalOptions.MinRelevance"/>.
/// </summary>
public sealed record SearchHit(string Id, double Score, double Relevance);
