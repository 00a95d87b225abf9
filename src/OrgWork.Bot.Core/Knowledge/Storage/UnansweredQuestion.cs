namespace OrgWork.Bot.Core.Knowledge.Storage;

/// <summary>
/// A policy question the documents could not answer (「未找到」), counted per normalised wording, so staff see which
/// documents are missing.
/// </summary>
public sealed class UnansweredQuestion
{
    /// <summary>The question normalised (<see cref="Coverage.CoverageGaps.Normalize"/>): the same question typed twice is one row.</summary>
    public string NormalizedText { get; set; } = "";

    /// <summary>The question as it was last asked.</summary>
    public string Text { get; set; } = "";

    public int Count { get; set; }

    public DateTime FirstAskedAt { get; set; }

    public DateTime LastAskedAt { get; set; }
}
