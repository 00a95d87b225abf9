namespace OrgWork.Bot.Core.Knowledge.Retrieval;

/// <summary>
/// Retrieval settings: one set, used by the service and by <c>eval-retrieval</c> alike. The defaults are the textbook
/// BM25 values and round weights, not fitted to any benchmark.
/// </summary>
public sealed class RetrievalOptions
{
    public const string SectionName = "Knowledge:Retrieval";

    /// <summary>BM25 term-frequency saturation (Robertson's usual 1.2).</summary>
    public double K1 { get; set; } = 1.2;

    /// <summary>BM25 length normalisation (the usual 0.75).</summary>
    public double B { get; set; } = 0.75;

    /// <summary>Weight of the character-bigram score next to the word score (both scaled to the query's ideal).</summary>
    public double BigramWeight { get; set; } = 1.0;

    /// <summary>Weight of the phrase score: the share of the question found verbatim in the passage.</summary>
    public double PhraseWeight { get; set; } = 0.5;

    /// <summary>Shortest run of question characters found verbatim that counts as a phrase match.</summary>
    public int MinPhraseLength { get; set; } = 3;

    /// <summary>How many of the best lexical candidates are re-scored with the phrase signal.</summary>
    public int RerankDepth { get; set; } = 50;

    /// <summary>
    /// Below this relevance (0–1: the passage's lexical score as a share of what a passage holding every question term
    /// would get) a passage does not count as found.
    /// </summary>
    public double MinRelevance { get; set; } = 0.25;
}
