using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Coverage;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Tests.Knowledge;

public abstract class CoverageGapTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task AQuestionTheDocumentsCannotAnswerIsCountedOncePerAsking()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);

        var first = await bot.SendAsync("火星基地的建设标准是什么？");
        await bot.SendAsync("火星基地的建设标准是什么", userId: 1002);
        await bot.SendAsync("/ask  火星基地的建设标准是什么？？ ");

        Assert.StartsWith(UiText.PolicyNotFound, first.Replies[0].Text.Plain, StringComparison.Ordinal);
        var gap = Assert.Single(await bot.QueryAsync(db => db.Set<UnansweredQuestion>().ToListAsync()));
        Assert.Equal(3, gap.Count);
        Assert.Equal("火星基地的建设标准是什么", gap.NormalizedText);
    }

    [SkippableFact]
    public async Task AnsweredQuestionsAreNotGaps()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);

        await bot.SendAsync("生活困难的党员可以免交党费吗？");

        Assert.Empty(await bot.QueryAsync(db => db.Set<UnansweredQuestion>().ToListAsync()));
    }

    [SkippableFact]
    public async Task TheMostAskedGapsComeFirst()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);
        await bot.SendAsync("火星基地的建设标准是什么？");
        await bot.SendAsync("月球车的驾驶规定？");
        await bot.SendAsync("月球车的驾驶规定？");

        var gaps = await bot.QueryAsync(db => bot.Services.GetRequiredService<CoverageGaps>().MostAskedAsync(db, 10, CancellationToken.None));

        Assert.Equal(["月球车的驾驶规定？", "火星基地的建设标准是什么？"], gaps.Select(g => g.Text));
        Assert.Equal([2, 1], gaps.Select(g => g.Count));
    }

    [SkippableTheory]
    [InlineData("  党费  标准？ ", "党费 标准")]
    [InlineData("ＡＢＣ党费。", "abc党费")]
    public void NormalisingIgnoresWidthCaseSpacesAndClosingPunctuation(string asked, string key) =>
        Assert.Equal(key, CoverageGaps.Normalize(asked));
}

public sealed class CoverageGapTestsOnSqlite() : CoverageGapTests(StorageProvider.Sqlite);

public sealed class CoverageGapTestsOnPostgres() : CoverageGapTests(StorageProvider.Postgres);
