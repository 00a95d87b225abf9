using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Core.Knowledge.Embeddings;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Knowledge;

/// <summary>Embeddings (Ai:EmbeddingModel) through SK's OpenAI embedding generator against the fake server.</summary>
#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime.DisposeAsync, which disposes the logger provider.
public abstract class EmbeddingRetrievalTests(StorageProvider storage) : IAsyncLifetime
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

    [SkippableFact]
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

    [SkippableFact]
    public async Task AQuestionWithoutSharedWordsIsFoundThroughItsMeaning()
    {
        await using var bot = await StartAsync();

        var result = await Search(bot, "会费怎么收？");

        Assert.True(result.Found);
        Assert.Contains("党费", result.Passages[0].Chunk.Title, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task WithoutEmbeddingsTheSameQuestionIsNotFound()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);

        Assert.False((await Search(bot, "会费怎么收？")).Found);
    }

    [SkippableFact]
    public async Task AFailingEmbeddingServerLeavesRetrievalLexicalWithAWarning()
    {
        _server.FailEmbeddings = true;
        await using var bot = await StartAsync();

        var result = await Search(bot, "生活困难的党员可以免交党费吗？");

        Assert.True(result.Found);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Category.EndsWith(nameof(PolicyEmbeddings), StringComparison.Ordinal));
    }

    private static Task<PolicySearchResult> Search(TestBot bot, string question) =>
        bot.Services.GetRequiredService<PolicySearchPlugin>().SearchAsync(question, CancellationToken.None);

    private Task<TestBot> StartAsync() => KnowledgeBot.StartAsync(
        storage,
        new Dictionary<string, string?>
        {
            ["Ai:Endpoint"] = _server.Endpoint,
            ["Ai:ChatModel"] = "test-model",
            ["Ai:EmbeddingModel"] = "test-embed",
            ["Ai:TimeoutSeconds"] = "5",
        },
        configure: services => services.AddSingleton<ILoggerProvider>(_logs));
}

public sealed class EmbeddingRetrievalTestsOnSqlite() : EmbeddingRetrievalTests(StorageProvider.Sqlite);

public sealed class EmbeddingRetrievalTestsOnPostgres() : EmbeddingRetrievalTests(StorageProvider.Postgres);
