using OrgWork.Bot.Core.Knowledge.Segmentation;

namespace OrgWork.Bot.Core.Tests.Knowledge;

public class JiebaTextSegmenterTests
{
    private static readonly JiebaTextSegmenter Segmenter = new();

    [Theory]
    [InlineData("组工干部要带头学习", "组工干部")]
    [InlineData("成立功能型党支部", "功能型党支部")]
    [InlineData("推进红色物业建设", "红色物业")]
    [InlineData("发展壮大集体经济", "集体经济")]
    [InlineData("发展壮大村集体经济", "村集体经济")]
    [InlineData("全面推进乡村振兴", "乡村振兴")]
    [InlineData("落实三会一课制度", "三会一课")]
    public void KeepsDomainWordsWhole(string text, string word) =>
        Assert.Contains(word, Segmenter.Segment(text));

    [Fact]
    public void WithoutTheDomainLexiconTheGeneralDictionarySplitsThem()
    {
        // The reason the lexicon exists; jieba's dictionary is shared per process, so ask a word never added.
        Assert.DoesNotContain("党建联建共建", Segmenter.Segment("开展党建联建共建活动"));
    }

    [Fact]
    public void NormalisesFullWidthFormsAndCase()
    {
        var words = Segmenter.Segment("ＡＢＣ公司２０２４年");

        Assert.Contains("abc", words);
        Assert.Contains("2024", words);
    }

    [Fact]
    public void TheBuiltInLexiconIsReadFromTheAssembly()
    {
        var lexicon = DomainLexicon.LoadBuiltIn();

        Assert.Contains(lexicon.Words, w => w.Text == "组工干部");
        Assert.DoesNotContain(lexicon.Words, w => w.Text.StartsWith('#'));
    }

    [Fact]
    public void ParsesOptionalFrequenciesAndSkipsComments()
    {
        var lexicon = DomainLexicon.Parse("# comment\n党支部 3000\n\n红色物业\n");

        Assert.Equal([new DomainWord("党支部", 3000), new DomainWord("红色物业")], lexicon.Words);
    }

    [Fact]
    public void FindsJiebasDictionaryFromAnyWorkingDirectory()
    {
        var original = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = Path.GetTempPath();
            Assert.Contains("党支部", new JiebaTextSegmenter().Segment("党支部书记"));
        }
        finally
        {
            Environment.CurrentDirectory = original;
        }
    }
}
