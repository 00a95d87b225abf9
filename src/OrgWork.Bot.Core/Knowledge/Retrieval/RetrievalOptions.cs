namespace OrgWork.Bot.Core.Knowledge.Retrieval;

/// <summary>
/// Retrieval settings: one set, used by the service and by <c>eval-retrieval</c> alike, fixed here rather than fitted
/// to any benchmark (docs/benchmarks.md shows what each is worth).
/// </summary>
public sealed class RetrievalOptions
{
    public const string SectionName = "Knowledge:Retrieval";

    /// <summary>
    /// BM25 term-frequency saturation. 0.9 with <see cref="B"/> 0.4 are Anserini's defaults for passage collections:
    /// in a passage of a few sentences, saying a word again adds little evidence.
    /// </summary>
    public double K1 { get; set; } = 0.9;

    /// <summary>BM25 length normalisation; chunks are already of similar length, so it is kept mild.</summary>
    public double B { get; set; } = 0.4;

    /// <summary>Weight of the character-bigram score next to the word score (both scaled to the question's ideal).</summary>
    public double BigramWeight { get; set; } = 1.0;

    /// <summary>
    /// Below this relevance (0–1: the passage's score as a share of what a passage holding every question term would
    /// get) a passage does not count as found.
    /// </summary>
    public double MinRelevance { get; set; } = 0.25;

    /// <summary>
    /// With embeddings configured, a passage whose cosine similarity to the question reaches this counts as found even
    /// when few words match. The scale depends on the embedding model; set it for the model in use.
    /// </summary>
    public double MinSimilarity { get; set; } = 0.6;
}
