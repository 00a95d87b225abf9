using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Core.Knowledge.Embeddings;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Knowledge;

/// <summary>Embeddings (Ai:EmbeddingModel) through SK's OpenAI embedding generator against the fake server.</summary>
#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime.DisposeAsync, which disposes the logger provider.
public sealed class EmbeddingRetrievalTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly RecordingLoggerProvider _logs = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _logs.Dispose();
    }

    [Fact]
    public async Task EveryChunkGetsAnEmbeddingOfTheConfiguredModelAndUnchangedFilesAreNotEmbeddedAgain()
    {
        await using var bot = await StartAsync();
        var embedded = _server.EmbeddedTexts.Count;

        await bot.Services.GetRequiredService<CatalogueStore>().ReloadAsync(CancellationToken.None);
        await bot.Services.GetRequiredService<PolicyIndex>().RefreshAsync(CancellationToken.None);

        var models = await bot.QueryAsync(db => db.Set<PolicyChunkRecord>().Select(c => c.EmbeddingModel).Distinct().ToListAsync());
        Assert.Equal(["test-embed"], models);
        Assert.True(embedded > 0);
        Assert.Equal(embedded, _server.EmbeddedTexts.Count);
    }

    [Fact]
    public async Task AQuestionWithoutSharedWordsIsFoundThroughItsMeaning()
    {
        await using var bot = await StartAsync();

        var result = await Search(bot, "会费怎么收？");

        Assert.True(result.Found);
        Assert.Contains("党费", result.Passages[0].Chunk.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutEmbeddingsTheSameQuestionIsNotFound()
    {
        await using var bot = await KnowledgeBot.StartAsync();

        Assert.False((await Search(bot, "会费怎么收？")).Found);
    }

    [Fact]
    public async Task AFailingEmbeddingServerLeavesRetrievalLexicalWithAWarning()
    {
        _server.FailEmbeddings = true;
        await using var bot = await StartAsync();

        var result = await Search(bot, "生活困难的党员可以免交党费吗？");

        Assert.True(result.Found);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Category.EndsWith(nameof(PolicyEmbeddings), StringComparison.Ordinal));
    }

    [Fact]
    public void FusionRanksItemsByTheSumOfTheirReciprocalRanks()
    {
        var fused = ReciprocalRankFusion.Fuse(["a", "b", "c"], ["c", "b", "d"]);

        // c: 1/63 + 1/61 = 0.032266; b: 1/62 + 1/62 = 0.032258; a: 1/61; d: 1/63.
        Assert.Equal(["c", "b", "a", "d"], fused);
    }

    private static Task<PolicySearchResult> Search(TestBot bot, string question) =>
        bot.Services.GetRequiredService<PolicySearchPlugin>().SearchAsync(question, CancellationToken.None);

    private Task<TestBot> StartAsync() => KnowledgeBot.StartAsync(
        new Dictionary<string, string?>
        {
            ["Ai:Endpoint"] = _server.Endpoint,
            ["Ai:ChatModel"] = "test-model",
            ["Ai:EmbeddingModel"] = "test-embed",
            ["Ai:TimeoutSeconds"] = "5",
        },
        configure: services => services.AddSingleton<ILoggerProvider>(_logs));
}
