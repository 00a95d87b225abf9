using System.Diagnostics;
using System.Text;
using JiebaNet.Segmenter;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace OrgWork.Bot.Core.Knowledge.Segmentation;

/// <summary>
/// Word segmentation as jieba does it (prefix dictionary and maximum-probability route; optionally its HMM for
/// unknown words, <see cref="SegmentationOptions.DiscoverNewWords"/>) with the domain lexicon added. The dictionary is
/// loaded on the first <see cref="Segment"/>, not when the service starts, so a start-up does not wait for it (the
/// policy index, the first user of it, is built in the background and readiness reports it). By default the words
/// come from <see cref="RouteSegmenter"/> over the compact <see cref="CompactLexicon"/>; with the HMM on, from
/// jieba.NET itself, whose dictionary is shared per process (domain words added by one instance are seen by all).
/// Safe for concurrent use.
/// </summary>
public sealed class JiebaTextSegmenter : ITextSegmenter
{
    private readonly Lazy<Func<string, List<string>>> _cut;

    public JiebaTextSegmenter()
        : this(DomainLexicon.LoadBuiltIn(), new SegmentationOptions(), NullLogger<JiebaTextSegmenter>.Instance)
    {
    }

    public JiebaTextSegmenter(IOptions<SegmentationOptions> options, ILogger<JiebaTextSegmenter> logger)
        : this(DomainLexicon.LoadBuiltIn(), options.Value, logger)
    {
    }

    public JiebaTextSegmenter(DomainLexicon domainLexicon, SegmentationOptions options)
        : this(domainLexicon, options, NullLogger<JiebaTextSegmenter>.Instance)
    {
    }

    public JiebaTextSegmenter(DomainLexicon domainLexicon, SegmentationOptions options, ILogger<JiebaTextSegmenter> logger)
    {
        var discoverNewWords = options.DiscoverNewWords;
        _cut = new Lazy<Func<string, List<string>>>(
            () => Load(domainLexicon, discoverNewWords, logger), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyList<string> Segment(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        return _cut.Value(TextNormalizer.Normalize(text));
    }

    private static Func<string, List<string>> Load(DomainLexicon domainLexicon, bool discoverNewWords, ILogger logger)
    {
        var clock = Stopwatch.StartNew();
        var folder = JiebaDataFiles.Configure();
        if (discoverNewWords)
        {
            var jieba = new JiebaSegmenter();
            foreach (var word in domainLexicon.Words)
            {
                jieba.AddWord(word.Text, word.Frequency ?? 0);
            }

            logger.LogInformation("Word segmentation: jieba.NET with its HMM loaded in {Milliseconds} ms", clock.ElapsedMilliseconds);
            return text => [.. jieba.Cut(text, cutAll: false, hmm: true)];
        }

        var dictionary = CompactLexicon.Parse(File.ReadAllText(Path.Combine(folder, JiebaDataFiles.DictionaryFile), Encoding.UTF8));

        var segmenter = new RouteSegmenter(dictionary, domainLexicon.Words);
        logger.LogInformation(
            "Word segmentation: dictionary of {Words} words and {DomainWords} domain words loaded in {Milliseconds} ms",
            dictionary.Count, domainLexicon.Words.Count, clock.ElapsedMilliseconds);
        return segmenter.Cut;
    }
}
