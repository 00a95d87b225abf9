using OrgWork.Bot.Core.Knowledge.Chunking;

namespace OrgWork.Bot.Core.Tests.Knowledge;

public class SentenceSplitterTests
{
    [Fact]
    public void SplitsAfterChineseSentenceEndsAndSemicolons()
    {
        var sentences = SentenceSplitter.Split("党员应当按月交纳党费。确有困难的可以减免！怎么申请？向党支部提出；由支部审核", 500);

        Assert.Equal(["党员应当按月交纳党费。", "确有困难的可以减免！", "怎么申请？", "向党支部提出；", "由支部审核"], sentences.Select(s => s.Text));
    }

    [Fact]
    public void SplitsAtLineBreaksAndRemembersThem()
    {
        var sentences = SentenceSplitter.Split("一、总体要求\n二、主要任务\r\n\r\n三、保障措施", 500);

        Assert.Equal(["一、总体要求", "二、主要任务", "三、保障措施"], sentences.Select(s => s.Text));
        Assert.All(sentences, s => Assert.True(s.EndsLine));
    }

    [Fact]
    public void KeepsClosingQuotesWithTheirSentence()
    {
        var sentences = SentenceSplitter.Split("他说：“要抓好三会一课。”随后散会。", 500);

        Assert.Equal(["他说：“要抓好三会一课。”", "随后散会。"], sentences.Select(s => s.Text));
    }

    [Fact]
    public void CutsAnOverlongSentenceAfterACommaWithinTheLimit()
    {
        var clause = new string('党', 30) + "，";
        var sentences = SentenceSplitter.Split(string.Concat(Enumerable.Repeat(clause, 10)) + "。", 100);

        Assert.All(sentences, s => Assert.True(s.Text.Length <= 100, s.Text));
        Assert.All(sentences.SkipLast(1), s => Assert.EndsWith("，", s.Text));
        Assert.Equal(311, sentences.Sum(s => s.Text.Length));
    }

    [Fact]
    public void CutsAnOverlongSentenceWithoutCommasHardAtTheLimit()
    {
        var sentences = SentenceSplitter.Split(new string('村', 250), 100);

        Assert.Equal([100, 100, 50], sentences.Select(s => s.Text.Length));
    }
}
