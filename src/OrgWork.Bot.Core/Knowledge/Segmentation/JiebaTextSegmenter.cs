using JiebaNet.Segmenter;

namespace OrgWork.Bot.Core.Knowledge.Segmentation;

/// <summary>
/// Word segmentation by jieba.NET (dictionary and maximum-probability route, HMM for unknown words) with the domain
/// dictionary added. jieba.NET keeps one dictionary per process, so domain words added here are seen by every
/// instance; create one and share it (it is safe for concurrent use once constructed).
/// </summary>
public sealed class JiebaTextSegmenter : ITextSegmenter
{
    private readonly JiebaSegmenter _jieba;

    public JiebaTextSegmenter()
        : this(DomainLexicon.LoadBuiltIn())
    {
    }

    public JiebaTextSegmenter(DomainLexicon domainLexicon)
    {
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

        return [.. _jieba.Cut(TextNormalizer.Normalize(text), cutAll: false, hmm: true)];
    }
}
