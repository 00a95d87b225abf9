using System.Globalization;
using System.Text;
using OrgWork.Bot.Core.Knowledge.Chunking;

namespace OrgWork.Bot.Core.Tests.Knowledge;

public class PolicyChunkerTests
{
    private static readonly ChunkingOptions Options = new();
    private static readonly PolicyMetadata Metadata = new("组通字〔2024〕1号", "县委组织部", new DateOnly(2024, 3, 1), null);

    [Fact]
    public void EveryChunkKeepsTitleHeadingPathAndMetadata()
    {
        var policy = Policy(
            new PolicySection(["第一章 总则", "第一条"], Sentences("党费", 30)),
            new PolicySection(["第二章 党费收缴"], Sentences("收缴", 30)));

        var chunks = new PolicyChunker(Options).Chunk(policy);

        Assert.All(chunks, c => Assert.Equal("党费管理办法", c.Title));
        Assert.All(chunks, c => Assert.Same(Metadata, c.Metadata));
        Assert.Contains(chunks, c => c.Section == "第一章 总则 › 第一条");
        Assert.Contains(chunks, c => c.Section == "第二章 党费收缴");
        Assert.DoesNotContain(chunks, c => c.Text.Contains("党费", StringComparison.Ordinal) && c.Text.Contains("收缴第", StringComparison.Ordinal));
    }

    [Fact]
    public void ChunksStayWithinTheSizeLimitsAndEndOnSentenceBoundaries()
    {
        var chunks = new PolicyChunker(Options).Chunk(Policy(new PolicySection(["正文"], Sentences("规定", 80))));

        Assert.True(chunks.Count > 3);
        Assert.All(chunks.SkipLast(1), c => Assert.InRange(c.Text.Length, Options.MinChars, Options.MaxChars));
        Assert.InRange(chunks[^1].Text.Length, 1, Options.MaxChars);
        Assert.All(chunks, c => Assert.EndsWith("。", c.Text));
        Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.Ordinal));
    }

    [Fact]
    public void NeighbouringChunksOverlapByTheLastShortSentence()
    {
        var chunks = new PolicyChunker(Options).Chunk(Policy(new PolicySection(["正文"], Sentences("规定", 80))));

        for (var i = 1; i < chunks.Count; i++)
        {
            var lastSentenceOfPrevious = LastSentence(chunks[i - 1].Text);
            Assert.StartsWith(lastSentenceOfPrevious, chunks[i].Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ShortSectionsJoinUnderTheHeadingsTheyShare()
    {
        var policy = Policy(
            new PolicySection(["第一章 总则", "第一条"], "为加强党费管理，制定本办法。"),
            new PolicySection(["第一章 总则", "第二条"], "本办法适用于全县各级党组织。"),
            new PolicySection(["第一章 总则", "第三条"], "党费由党支部按月收缴。"));

        var chunk = Assert.Single(new PolicyChunker(Options).Chunk(policy));

        Assert.Equal("第一章 总则", chunk.Section);
        Assert.Contains("第二条\n本办法适用于全县各级党组织。", chunk.Text, StringComparison.Ordinal);
        Assert.Contains("第三条\n党费由党支部按月收缴。", chunk.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AHundredKilobyteDocumentIsCutCompletelyInOrderAndWithinLimits()
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < 100 * 1024; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"第{i}句规定村党组织书记应当履行的职责之一").Append(i % 7 == 0 ? "\n" : "。");
        }

        var policy = Policy(new PolicySection(["全文"], text.ToString()));
        var chunks = new PolicyChunker(Options).Chunk(policy);

        Assert.All(chunks, c => Assert.True(c.Text.Length <= Options.MaxChars));
        var expected = SentenceSplitter.Split(text.ToString(), Options.MaxChars).Select(s => s.Text).ToList();
        var seen = chunks.SelectMany(c => SentenceSplitter.Split(c.Text, Options.MaxChars)).Select(s => s.Text).Distinct().ToList();
        Assert.Equal(expected, seen);
    }

    private static ParsedPolicy Policy(params PolicySection[] sections) => new("dangfei", "党费管理办法", Metadata, sections);

    private static string Sentences(string word, int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"{word}第{i}项要求必须落实到位。"));

    private static string LastSentence(string text)
    {
        var end = text[..^1].LastIndexOf('。');
        return text[(end + 1)..];
    }
}
