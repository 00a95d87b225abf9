using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Knowledge;

/// <summary>
/// Turns use the last complete index snapshot and never wait for a refresh, even one stuck on a slow embedding
/// endpoint: a refresh and a concurrent question (on a fresh instance, before it has loaded any snapshot) both finish.
/// </summary>
public abstract class IndexRefreshIsolationTests(StorageProvider storage) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _server.Reply = "生活确有困难的党员，经批准可以少交或者免交党费[1]。";
    }

    public async Task DisposeAsync()
    {
        _server.ReleaseEmbeddings();
        await _server.DisposeAsync();
    }

    [SkippableFact]
    public async Task ARefreshWaitingOnASlowEmbeddingEndpointAndAConcurrentQuestionBothFinish()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage, new Dictionary<string, string?>
        {
            ["Ai:Endpoint"] = _server.Endpoint,
            ["Ai:ChatModel"] = "test-model",
            ["Ai:EmbeddingModel"] = "test-embed",
            ["Ai:Streaming"] = "false",
            ["Ai:TimeoutSeconds"] = "30",
        });
        await using var fresh = await bot.StartAnotherInstanceAsync();
        var policy = Path.Combine(bot.Content.Root, "policies", "dangfei-2024.md");
        await File.AppendAllTextAsync(policy, "\n\n第九十九条 本规定自印发之日起施行，由县委组织部负责解释。\n");
        await fresh.GetRequiredService<CatalogueStore>().ReloadAsync(CancellationToken.None);
        _server.HoldEmbeddings();
        var embeddedBefore = _server.EmbeddingRequestsArrived;

        var refreshing = fresh.GetRequiredService<PolicyIndex>().RefreshAsync(CancellationToken.None);
        await _server.WaitForEmbeddingRequestsAsync(embeddedBefore + 1, Patience);
        var engine = fresh.GetRequiredService<IConversationEngine>();
        var help = await engine.HandleAsync(ChatInput.FromText("test", "chat-1", 1001, "/help"), CancellationToken.None);
        var asking = engine.HandleAsync(ChatInput.FromText("test", "chat-2", 1002, "生活困难的党员可以免交党费吗？"), CancellationToken.None);
        await _server.WaitForEmbeddingRequestsAsync(embeddedBefore + 2, Patience);

        Assert.Contains(UiText.HelpTitle, help.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.False(refreshing.IsCompleted);
        _server.ReleaseEmbeddings();
        var answer = await asking.WaitAsync(Patience);
        var report = await refreshing.WaitAsync(Patience);

        Assert.Contains("少交或者免交党费", answer.Replies.Single().Text.Plain, StringComparison.Ordinal);
        Assert.Contains(report.Updated, key => key.Contains("dangfei-2024", StringComparison.Ordinal));
    }
}

public sealed class IndexRefreshIsolationTestsOnSqlite() : IndexRefreshIsolationTests(StorageProvider.Sqlite);

public sealed class IndexRefreshIsolationTestsOnPostgres() : IndexRefreshIsolationTests(StorageProvider.Postgres);
