using Microsoft.Data.Sqlite;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary>
/// The service killed mid-stream and started again: no update lost, none applied twice, no answer lost.
/// An answer can be repeated only in the one window no bot can close: Telegram accepted it, and the
/// process died before the outbox recorded that.
/// </summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const int Users = 150;
    private const long FirstUser = 20_000;
    private readonly TestFolder _folder = new();
    private FakeBotApi _api = null!;
    private int _fed;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task KilledMidStreamAndRestartedLosesNothingAndRepeatsNothing()
    {
        // The first 30 replies go through; after that Telegram hangs, so committed replies pile up unsent.
        var attempts = 0;
        _api.Interceptor = async (call, aborted) =>
        {
            if (call.Method == "sendMessage" && Interlocked.Increment(ref attempts) > 30)
            {
                await Task.Delay(Timeout.Infinite, aborted);
            }

            return null;
        };

        using (var first = BotProcess.Start(_api, _folder))
        {
            using var feeding = new CancellationTokenSource();
            var feeder = FeedAsync(feeding.Token);
            await Wait.UntilAsync(() => Task.FromResult(Volatile.Read(ref attempts) > 60), "replies are stuck mid-stream", Wait.Long);
            first.Kill();
            await feeding.CancelAsync();
            await feeder;
        }

        var committedAtCrash = CountRows("ProcessedUpdates");
        var unsentAtCrash = OutboxChats();
        var answeredBeforeCrash = DeliveredUsers().Select(u => u.User).ToHashSet();
        _api.Interceptor = null;
        for (var user = FirstUser + _fed; user < FirstUser + Users; user++)
        {
            _api.SendText(user, "/start");
        }

        using var second = BotProcess.Start(_api, _folder);
        await Wait.UntilAsync(() => Task.FromResult(DeliveredUsers().Count == Users), "every user has an answer", TimeSpan.FromSeconds(60));
        await Wait.UntilAsync(() => Task.FromResult(CountRows("OutboxMessages") == 0), "the outbox is empty");

        Assert.InRange(committedAtCrash, 1, Users - 1);
        Assert.True(unsentAtCrash.Count > 0, "the crash should leave committed but unsent replies");
        Assert.Equal(Users, CountRows("ProcessedUpdates"));
        Assert.Equal(Users, CountRows("Learners"));
        var repeated = DeliveredUsers().Where(u => u.Count > 1).ToList();
        Assert.All(repeated, u => Assert.Equal(2, u.Count));
        Assert.All(repeated, u => Assert.True(
            answeredBeforeCrash.Contains(u.User) && unsentAtCrash.Contains(u.User),
            $"user {u.User} was answered twice although the crash was not between sending and recording it"));
    }

    private async Task FeedAsync(CancellationToken cancellationToken)
    {
        for (; _fed < Users && !cancellationToken.IsCancellationRequested; _fed++)
        {
            _api.SendText(FirstUser + _fed, "/start");
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                _fed++;
                return;
            }
        }
    }

    /// <summary>Users with their number of successfully sent replies.</summary>
    private List<(long User, int Count)> DeliveredUsers() =>
        _api.Calls.Where(c => c.Method == "sendMessage" && !c.Failed)
            .GroupBy(c => c.ChatId!.Value)
            .Select(g => (g.Key, g.Count()))
            .ToList();

    private HashSet<long> OutboxChats()
    {
        using var connection = new SqliteConnection(_folder.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ChatId FROM OutboxMessages";
        using var reader = command.ExecuteReader();
        var chats = new HashSet<long>();
        while (reader.Read())
        {
            chats.Add(long.Parse(reader.GetString(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return chats;
    }

    private int CountRows(string table)
    {
        using var connection = new SqliteConnection(_folder.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
