using JiebaNet.Segmenter;
using Microsoft.Extensions.Options;

namespace OrgWork.Bot.Core.Knowledge.Segmentation;

/// <summary>
/// Word segmentation by jieba.NET (prefix dictionary and maximum-probability route; optionally its HMM for unknown
/// words, <see cref="SegmentationOptions.DiscoverNewWords"/>) with the domain lexicon added. jieba.NET keeps one dictionary per process, so domain words added here are seen by every
/// instance; create one and share it (it is safe for concurrent use once constructed).
/// </summary>
public sealed class JiebaTextSegmenter : ITextSegmenter
{
    private readonly JiebaSegmenter _jieba;
    private readonly bool _discoverNewWords;

    public JiebaTextSegmenter()
        : this(DomainLexicon.LoadBuiltIn(), new SegmentationOptions())
    {
    }

    public JiebaTextSegmenter(IOptions<SegmentationOptions> options)
        : this(DomainLexicon.LoadBuiltIn(), options.Value)
    {
    }

    public JiebaTextSegmenter(DomainLexicon domainLexicon, SegmentationOptions options)
    {
        _discoverNewWords = options.DiscoverNewWords;
        JiebaDataFiles.Configure();
        _jieba = new JiebaSegmenter();
        foreach (var word in domainLexicon.Words)
        {
            _jieba.AddWord(word.Text, word.Frequency ?? 0);
        }
    }

    public IReadOnlyList<string> Segment(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        return [.. _jieba.Cut(TextNormalizer.Normalize(text), cutAll: false, hmm: _discoverNewWords)];
    }
}
