using JiebaNet.Segmenter;
using OrgWork.Bot.Core.Knowledge.Segmentation;

namespace OrgWork.Bot.Core.Tests.Knowledge;

/// <summary>
/// The compact dictionary and route (<see cref="RouteSegmenter"/>) must cut exactly as jieba.NET does without its HMM,
/// so retrieval is unchanged by the memory it saves.
/// </summary>
public class CompactSegmenterEquivalenceTests
{
    // jieba.NET's dictionary is one per process: add the domain words to it once, as the service did.
    private static readonly Lazy<JiebaSegmenter> Jieba = new(() =>
    {
        JiebaDataFiles.Configure();
        var jieba = new JiebaSegmenter();
        foreach (var word in DomainLexicon.LoadBuiltIn().Words)
        {
            jieba.AddWord(word.Text, word.Frequency ?? 0);
        }

        return jieba;
    });

    private static readonly JiebaTextSegmenter Compact = new();

    [Theory]
    [InlineData("组工干部要带头学习，落实三会一课制度。")]
    [InlineData("2024年第3季度GDP增长5.2%，AT&T与c#、c++以及B超")]
    [InlineData("习近平·新时代 中国-特色\r\n社会主义思想\t学习纲要（2023年版）")]
    [InlineData("a1b2 c3  ，。！？、“”《》——……😀 abc123def 开发区管委会")]
    [InlineData("村党组织书记通过法定程序担任村民委员会主任和村级集体经济组织负责人")]
    [InlineData("壹贰叁 ｆｕｌｌ－ｗｉｄｔｈ 全角ＡＢＣ")]
    public void CutsSentencesExactlyAsJiebaNet(string text) => AssertSameWords(text);

    [Fact]
    public void CutsEveryShippedPolicyAndLessonExactlyAsJiebaNet()
    {
        var files = Directory.EnumerateFiles(Path.Combine(ShippedPolicyBot.RepositoryRoot, "content"), "*.md", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            foreach (var line in File.ReadAllLines(file))
            {
                AssertSameWords(line);
            }
        }
    }

    [Fact]
    public void FindsWordsAndPrefixesInTheCompactDictionary()
    {
        var dictionary = CompactLexicon.Parse("乡村 200 n\r\n乡村振兴 50 v\r\n乡 10 n\n\n振兴 80 v\n乡村 300 n");

        Assert.Equal(4, dictionary.Count);
        Assert.Equal(640, dictionary.Total);
        Assert.Equal(300, dictionary.FrequencyOf("乡村"));
        Assert.Equal(0, dictionary.FrequencyOf("乡村振"));
        Assert.False(dictionary.Narrow(dictionary.Narrow(dictionary.All, 0, '乡'), 1, '村').IsEmpty);
        Assert.True(dictionary.Narrow(dictionary.All, 0, '村').IsEmpty);
    }

    private static void AssertSameWords(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return;
        }

        Assert.Equal(Jieba.Value.Cut(normalized, cutAll: false, hmm: false), Compact.Segment(text));
    }
}
