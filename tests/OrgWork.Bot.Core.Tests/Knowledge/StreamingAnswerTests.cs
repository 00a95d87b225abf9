using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Knowledge;

/// <summary>
/// A model's answer reaches the channel as it is written (Semantic Kernel's OpenAI connector reading the fake server's
/// streamed chunks), while the turn's effects wait for the whole answer: the committed reply is what counts.
/// </summary>
public abstract class StreamingAnswerTests(StorageProvider storage) : IAsyncLifetime
{
    private const string Question = "生活困难的党员可以免交党费吗？";
    private const long Asker = 2101;
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _server.StreamPieces = ["生活确有困难的党员，", "经批准可以少交", "或者免交党费[1]。"];
        _server.Reply = string.Concat(_server.StreamPieces);
    }

    public async Task DisposeAsync()
    {
        _server.ReleaseStream();
        await _server.DisposeAsync();
    }

    [SkippableFact]
    public async Task TheChannelSeesTheAnswerGrowWhileNothingIsStoredUntilTheModelHasFinished()
    {
        await using var bot = await StartAsync(_server.Endpoint);
        _server.HoldStreamAfter(2);
        var written = new ConcurrentQueue<string>();

        var asking = bot.Engine.HandleAsync(Input(), TurnObserver.OnPending(() => { }, written.Enqueue), CancellationToken.None);
        await Eventually.TrueAsync(() => written.Contains("生活确有困难的党员，经批准可以少交"), "the first two chunks reached the observer");

        Assert.Equal(["生活确有困难的党员，", "生活确有困难的党员，经批准可以少交"], written);
        Assert.False(asking.IsCompleted);
        Assert.Equal(0, await bot.QueryAsync(db => db.Set<PolicyChatTurn>().CountAsync()));
        Assert.False(await bot.QueryAsync(db => db.ProcessedUpdates.AnyAsync(u => u.Id == "test:streamed")));

        _server.ReleaseStream();
        var reply = (await asking).Replies.Single();
        Assert.Equal(_server.Reply, written.Last());
        Assert.StartsWith(_server.Reply, reply.Text.Plain, StringComparison.Ordinal);
        Assert.Contains(reply.Buttons.SelectMany(r => r), b => b.Label == UiText.ButtonHelpful);
        Assert.Equal(1, await bot.QueryAsync(db => db.Set<PolicyChatTurn>().CountAsync()));
    }

    [SkippableFact]
    public async Task AnExtractiveAnswerIsNotStreamed()
    {
        await using var bot = await StartAsync(endpoint: "");
        var written = new ConcurrentQueue<string>();
        var pending = 0;

        var result = await bot.Engine.HandleAsync(Input(), TurnObserver.OnPending(() => pending++, written.Enqueue), CancellationToken.None);

        Assert.Equal(1, pending);
        Assert.Empty(written);
        Assert.Contains("免交党费", result.Replies.Single().Text.Plain, StringComparison.Ordinal);
    }

    private static ChatInput Input() =>
        ChatInput.FromText("test", $"chat-{Asker}", Asker, Question, "测试学员") with { DeliveryId = "test:streamed" };

    private Task<TestBot> StartAsync(string endpoint) => KnowledgeBot.StartAsync(storage, new Dictionary<string, string?>
    {
        ["Ai:Endpoint"] = endpoint,
        ["Ai:ChatModel"] = "test-model",
        ["Ai:Streaming"] = "true",
        ["Ai:TimeoutSeconds"] = "30",
    });
}

public sealed class StreamingAnswerTestsOnSqlite() : StreamingAnswerTests(StorageProvider.Sqlite);

public sealed class StreamingAnswerTestsOnPostgres() : StreamingAnswerTests(StorageProvider.Postgres);
