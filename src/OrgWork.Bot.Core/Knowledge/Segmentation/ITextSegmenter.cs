namespace OrgWork.Bot.Core.Knowledge.Segmentation;

/// <summary>Splits Chinese (and mixed) text into words.</summary>
public interface ITextSegmenter
{
    /// <summary>
    /// The words of <paramref name="text"/> in order, normalised by <see cref="TextNormalizer"/>; punctuation and
    /// whitespace come back as tokens of their own so that callers can see where phrases break.
    /// </summary>
    IReadOnlyList<string> Segment(string text);
}
