namespace OrgWork.Bot.Core.Knowledge.Segmentation;

/// <summary>Word segmentation settings.</summary>
public sealed class SegmentationOptions
{
    public const string SectionName = "Knowledge:Segmentation";

    /// <summary>
    /// jieba's HMM discovery of words missing from its dictionary. Off by default: it costs about half of the
    /// segmentation time, and names it would find are matched by the character-bigram field anyway (the benchmark moves
    /// by 0.1 point either way; docs/benchmarks.md).
    /// </summary>
    public bool DiscoverNewWords { get; set; }
}
