using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Cli;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.FakeTelegram;

namespace OrgWork.Bot.Bench.Telegram;

/// <summary>
/// End to end through the fake Bot API on loopback, long polling: simulated users (default 1,000) each
/// send an input, wait for the reply and send the next, for a fixed time. Reports updates/s and the time
/// from an update being queued at the Bot API to its first reply call. Target: ≥ 500 updates/s on 2 cores.
/// Then a broadcast to 150 users, which should run at about 30 messages/s.
/// Usage: telegram [users] [seconds] [think-ms] [warm-up-seconds] [--Setting=value …]. With think-ms 0 (default) each user sends
/// the next input as soon as it is answered, which measures the most the service sustains; with a think
/// time the users offer a lighter load and the latency shows the service when it keeps up. Settings go to
/// the service, e.g. --Telegram:MaxConcurrentUpdates=8.
/// </summary>
public static class TelegramBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var users = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var think = TimeSpan.FromMilliseconds(args.Length > 2 && !args[2].StartsWith('-') ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0);

        // Long enough for tiered JIT to reach optimised code on 2 busy cores: a service runs for hours.
        var warmUp = TimeSpan.FromSeconds(args.Length > 3 && !args[3].StartsWith('-') ? int.Parse(args[3], CultureInfo.InvariantCulture) : 15);
        var folder = BenchFolder.Create();
        await using var api = await FakeBotApi.StartAsync();
        api.KeepCalls = false;
        var app = await ServeVerb.CreateAppAsync(
        [
            $"--Telegram:Token={FakeBotApi.Token}",
            $"--Telegram:BaseUrl={api.BaseUrl}",
            $"--ConnectionStrings:OrgWork=Data Source={Path.Combine(folder, "bench.db")}",
            $"--Content:Root={Path.Combine(folder, "content")}",
            "--Content:Watch=false",
            "--Http:Urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            .. args.Skip(2).Where(a => a.StartsWith("--", StringComparison.Ordinal)),
        ], CancellationToken.None);
        await app.StartAsync();
        try
        {
            var load = await RunLoadAsync(api, new PollingSink(api), "long polling", users, warmUp, TimeSpan.FromSeconds(seconds), think);
            var broadcast = await RunBroadcastAsync(api, app.Services, 150);
            Console.WriteLine(load);
            Console.WriteLine(broadcast);
            return 0;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The closed-loop load of simulated users, their actions reaching the service through <paramref name="sink"/>.</summary>
    internal static async Task<LoadResult> RunLoadAsync(
        FakeBotApi api, IUpdateSink sink, string mode, int userCount, TimeSpan warmUp, TimeSpan duration, TimeSpan think)
    {
        var users = Enumerable.Range(0, userCount).Select(i => new SimulatedUser(100_000 + i)).ToDictionary(u => u.Id);
        var latencies = new ConcurrentBag<double>();
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var stopAt = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var answered = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        api.Observer = call =>
        {
            if (call.Method is not ("sendMessage" or "editMessageText") || call.Failed || call.ChatId is not { } chat || !users.TryGetValue(chat, out var user))
            {
                return;
            }

            if (!user.TryTakeReply())
            {
                // A second message for the same input: the user already moved on.
                return;
            }

            var now = Stopwatch.GetTimestamp();
            if (user.SentAt >= measureFrom && now <= stopAt)
            {
                latencies.Add(Stopwatch.GetElapsedTime(user.SentAt, now).TotalMilliseconds);
                Interlocked.Increment(ref answered);
            }

            if (now < stopAt && think == TimeSpan.Zero)
            {
                user.SendNext(api, sink, call, now);
            }
            else if (now < stopAt)
            {
                // Thinking between half and one and a half times the think time, so users do not march in step.
                var pause = think * (0.5 + Random.Shared.NextDouble());
                _ = Task.Delay(pause).ContinueWith(_ => user.SendNext(api, sink, call, Stopwatch.GetTimestamp()), TaskScheduler.Default);
            }
            else if (!latencies.IsEmpty)
            {
                done.TrySetResult();
            }
        };

        foreach (var user in users.Values)
        {
            user.SendNext(api, sink, reply: null, Stopwatch.GetTimestamp());
        }

        // Bounded: the loop ends at stopAt; this only waits for the last answers to come in.
        await Task.WhenAny(done.Task, Task.Delay(warmUp + duration + TimeSpan.FromSeconds(30)));
        api.Observer = null;

        var sorted = latencies.Order().ToList();
        return new LoadResult(
            mode, userCount, think, warmUp, duration, answered, answered / duration.TotalSeconds,
            Percentile(sorted, 50), Percentile(sorted, 99), sorted.Count > 0 ? sorted[^1] : 0, api.CountOf("getUpdates"));
    }

    private static async Task<string> RunBroadcastAsync(FakeBotApi api, IServiceProvider services, int recipients)
    {
        var broadcaster = services.GetRequiredService<IBroadcastChannel>();
        var ids = Enumerable.Range(0, recipients).Select(i => 900_000L + i).ToList();
        var sends = new ConcurrentQueue<DateTimeOffset>();
        api.Observer = call =>
        {
            if (call.Method == "sendMessage" && !call.Failed && call.ChatId >= ids[0])
            {
                sends.Enqueue(call.At);
            }
        };
        var start = Stopwatch.GetTimestamp();
        var report = await broadcaster.BroadcastAsync(ids, ReplyFactory.Plain("明天上午九点集中学习，请准时参加。"), CancellationToken.None);
        var elapsed = Stopwatch.GetElapsedTime(start);
        api.Observer = null;
        var times = sends.Order().ToList();
        var busiestSecond = times.Count == 0 ? 0 : times.Max(t => times.Count(u => u >= t && u < t.AddSeconds(1)));
        return string.Create(CultureInfo.InvariantCulture,
            $"broadcast: {report.Delivered}/{recipients} delivered in {elapsed.TotalSeconds:F1} s = {report.Delivered / elapsed.TotalSeconds:F1} messages/s "
            + $"(limit 30/s); busiest 1-second window {busiestSecond} messages");
    }

    internal static double Percentile(List<double> sorted, int percent) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
}
