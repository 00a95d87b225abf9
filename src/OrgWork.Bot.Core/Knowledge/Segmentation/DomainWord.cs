namespace OrgWork.Bot.Core.Knowledge.Segmentation;

/// <summary>A word the segmenter must keep whole; without a frequency one is suggested that keeps it whole.</summary>
public sealed record DomainWord(string Text, int? Frequency = null);
