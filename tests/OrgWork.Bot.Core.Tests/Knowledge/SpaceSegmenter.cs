using OrgWork.Bot.Core.Knowledge.Segmentation;

namespace OrgWork.Bot.Core.Tests.Knowledge;

/// <summary>A segmenter whose words are exactly the space-separated parts: retrieval tests control every term.</summary>
internal sealed class SpaceSegmenter : ITextSegmenter
{
    public IReadOnlyList<string> Segment(string text) =>
        TextNormalizer.Normalize(text).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
