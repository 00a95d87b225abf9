using System.Diagnostics;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.ScaleOut;

/// <summary>
/// Long polling with two service processes on one PostgreSQL database: one polls, the other stands by
/// (Telegram would answer a second poller with 409 Conflict) and takes over when the first is killed.
/// </summary>
public sealed class PollerElectionTests : IAsyncLifetime
{
    private const long User = 8201;
    private static readonly TimeSpan TakeOverLimit = TimeSpan.FromSeconds(30);

    // Starting a process (JIT, migrations, content) takes long on a busy 2-core machine; only the take-over is timed.
    private static readonly TimeSpan StartUp = TimeSpan.FromMinutes(2);
    private readonly TestFolder _folder = new();
    private TestDatabase? _database;
    private FakeBotApi _api = null!;

    public async Task InitializeAsync()
    {
        if (PostgresTestServer.ConnectionString is null)
        {
            return;
        }

        _database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        _api = await FakeBotApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }

        await _api.DisposeAsync();
        await _database.DisposeAsync();
        _folder.Delete();
    }

    [SkippableFact]
    public async Task OneInstancePollsAndTheOtherTakesOverWithin30SecondsWhenItIsKilled()
    {
        PostgresTestServer.RequireConnectionString();
        using var leader = StartInstance();
        await _api.WaitForAsync(c => c.Method == "getUpdates", StartUp);
        using var standby = StartInstance();
        await _api.WaitForAsync(c => c.Method == "setMyCommands", StartUp, skip: 1);

        _api.SendText(User, "/start");
        await _api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long);
        await LeaderPollsAsync(3);
        Assert.Equal(0, _api.Conflicts);
        Assert.False(standby.HasExited);

        leader.Kill();
        var killedAt = Stopwatch.StartNew();
        _api.SendText(User, "/help");
        await _api.WaitForAsync(c => c.Method == "sendMessage", TakeOverLimit, skip: 1);
        Assert.True(killedAt.Elapsed < TakeOverLimit, $"took over after {killedAt.Elapsed}");

        // The killed leader's last long poll may still look open to the fake for a moment, so the new leader's
        // first polls may meet a 409; once it polls, it is the only poller.
        var conflictsAfterTakeOver = _api.Conflicts;
        _api.SendText(User, "/help");
        await _api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long, skip: 2);
        await LeaderPollsAsync(3);
        Assert.Equal(conflictsAfterTakeOver, _api.Conflicts);
        Assert.False(standby.HasExited);
    }

    /// <summary>
    /// Waits for the leader's next long polls (each a second at most): meanwhile the standby tries the election every
    /// second, so a second poller would have met a 409 by then.
    /// </summary>
    private Task<ApiCall> LeaderPollsAsync(int polls) =>
        _api.WaitForAsync(c => c.Method == "getUpdates", Wait.Long, skip: _api.Calls.Count(c => c.Method == "getUpdates") + polls - 1);

    private BotProcess StartInstance() => BotProcess.Start(
        _api,
        _folder,
        "--Storage:Provider=Postgres",
        $"--ConnectionStrings:OrgWork={_database!.ConnectionString}",
        "--Telegram:PollerElectionInterval=00:00:01");
}
