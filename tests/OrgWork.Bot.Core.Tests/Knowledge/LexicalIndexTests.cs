using OrgWork.Bot.Core.Knowledge.Retrieval;

namespace OrgWork.Bot.Core.Tests.Knowledge;

public class LexicalIndexTests
{
    private static readonly RetrievalOptions Options = new();

    [Fact]
    public void ACharacterBigramMatchFindsANameTheSegmenterCutDifferently()
    {
        var index = Build(("a", "通知", "推进 红色 物业 建设"), ("b", "通知", "推进 党员 教育 管理"));

        var hits = index.Search("红色物业", 2);

        Assert.Equal("a", hits[0].Id);
        Assert.Single(hits);
    }

    [Fact]
    public void TheChunkAnsweringTheQuestionBeatsTheChunkRepeatingTheDocumentsName()
    {
        var index = Build(
            ("doc#0", "党费 管理 办法", "党费 管理 办法 党费 管理 办法 党费 是 党员 义务"),
            ("doc#1", "党费 管理 办法", "党费 减免 须 经 支部 大会 讨论"));

        var hits = index.Search("党费 减免", 2);

        Assert.Equal("doc#1", hits[0].Id);
    }

    [Fact]
    public void TiesGoToTheEarlierPassage()
    {
        var index = Build(("doc#0", "党费 管理 办法", "总则"), ("doc#1", "党费 管理 办法", "附则"));

        Assert.Equal(["doc#0", "doc#1"], index.Search("党费 管理 办法", 2).Select(h => h.Id));
    }

    [Fact]
    public void APassageHoldingEveryQuestionTermHasAHighScoreAndAnUnrelatedQuestionALowOne()
    {
        var index = Build(("a", "党费", "党员 按月 交纳 党费"), ("b", "选举", "村 两委 换届 选举"));

        Assert.True(index.Search("按月 交纳 党费", 1)[0].Score >= Options.MinRelevance);
        var unrelated = index.Search("高铁 时刻表 党费", 1);
        Assert.True(unrelated[0].Score < Options.MinRelevance, $"score {unrelated[0].Score}");
        Assert.Empty(index.Search("高铁 时刻表", 1));
    }

    [Fact]
    public void StopWordsAndQuestionWordsAreNotSearched()
    {
        var index = Build(("a", "", "什么 是 党费"), ("b", "", "党费 标准"));

        Assert.Empty(index.Search("什么 是", 2));
    }

    private static LexicalIndex Build(params (string Id, string Title, string Text)[] passages) =>
        LexicalIndex.Build([.. passages.Select(p => new IndexedPassage(p.Id, p.Title, p.Text))], new SpaceSegmenter(), Options);
}
