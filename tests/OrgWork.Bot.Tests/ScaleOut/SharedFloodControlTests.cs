using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Flood;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Tests.ScaleOut.Support;
using OrgWork.Bot.Tests.Telegram.Support;
using OrgWork.Bot.Tests.Telegram.Units;

namespace OrgWork.Bot.Tests.ScaleOut;

/// <summary>Behind a load balancer one user's inputs reach both instances; flood control counts them together.</summary>
public sealed class SharedFloodControlTests : TwoWebhookInstancesTest
{
    private const long Flooder = 8301;
    private const long Bystander = 8302;
    private const int Limit = 5;

    private protected override string[] Settings => [$"--Telegram:FloodLimit={Limit}", "--Telegram:FloodWindow=00:01:00"];

    [SkippableFact]
    public async Task InputsSpreadOverBothInstancesAreCountedTogetherAndTheNoticeIsSentOnce()
    {
        PostgresTestServer.RequireConnectionString();
        var updateId = 9000;

        // Twice the limit, alternating between the instances: each alone would see only the limit.
        for (var i = 0; i < 2 * Limit; i++)
        {
            var update = Api.Updates.Text(Flooder, "/help");
            update["update_id"] = ++updateId;
            Assert.Equal(HttpStatusCode.OK, await PostAsync(i % 2 == 0 ? First : Second, update));
        }

        // Every post returned after its update was committed or dropped: the count is final.
        Assert.Equal(Limit, await First.QueryAsync(db => db.ProcessedUpdates.CountAsync()));
        await Api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == Flooder, Wait.Long, skip: Limit);
        var other = Api.Updates.Text(Bystander, "/help");
        other["update_id"] = ++updateId;
        await PostAsync(First, other);
        await Api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == Bystander, Wait.Long); // not throttled by another's flood

        var toFlooder = Api.Calls.Where(c => c.Method == "sendMessage" && c.ChatId == Flooder).ToList();
        Assert.Single(toFlooder, c => c.Text == UiText.TooFast);
        Assert.Equal(Limit + 1, toFlooder.Count);
    }
}

/// <summary>The shared count itself, on a real PostgreSQL database with a hand-moved clock.</summary>
public sealed class SharedFloodGuardTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private TestDatabase? _database;
    private SharedFloodGuard _guard = null!;

    public async Task InitializeAsync()
    {
        if (PostgresTestServer.ConnectionString is null)
        {
            return;
        }

        _database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        var options = Options.Create(new FloodOptions { Limit = 3, Window = TimeSpan.FromSeconds(10) });
        var contexts = new PooledDbContextFactory<OrgWorkDbContext>(new DbContextOptionsBuilder<OrgWorkDbContext>().UseNpgsql(_database.ConnectionString).Options);
        _guard = new SharedFloodGuard(contexts, new FloodGuard(options, _clock), options, _clock, NullLogger<SharedFloodGuard>.Instance);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task TheLimitPassesTheNextGetsTheNoticeThenSilenceUntilTheWindowEnds()
    {
        PostgresTestServer.RequireConnectionString();

        var verdicts = new List<FloodVerdict>();
        for (var i = 0; i < 6; i++)
        {
            verdicts.Add(await _guard.CheckAsync(1, CancellationToken.None));
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        _clock.Advance(TimeSpan.FromSeconds(4)); // 10 s after the window's first input
        var afterTheWindow = await _guard.CheckAsync(1, CancellationToken.None);

        Assert.Equal([FloodVerdict.Allowed, FloodVerdict.Allowed, FloodVerdict.Allowed, FloodVerdict.ThrottledWithNotice, FloodVerdict.Throttled, FloodVerdict.Throttled], verdicts);
        Assert.Equal(FloodVerdict.Allowed, afterTheWindow);
    }

    [SkippableFact]
    public async Task UsersAreCountedSeparatelyAndConcurrentInputsAreAllCounted()
    {
        PostgresTestServer.RequireConnectionString();

        var verdicts = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _guard.CheckAsync(2, CancellationToken.None).AsTask()));
        var other = await _guard.CheckAsync(3, CancellationToken.None);

        Assert.Equal(3, verdicts.Count(v => v == FloodVerdict.Allowed));
        Assert.Equal(1, verdicts.Count(v => v == FloodVerdict.ThrottledWithNotice));
        Assert.Equal(FloodVerdict.Allowed, other);
    }
}
