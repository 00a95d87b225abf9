using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Npgsql;
using OrgWork.Bot.Bench.Telegram;
using OrgWork.Bot.Cli;
using OrgWork.Bot.FakeTelegram;

namespace OrgWork.Bot.Bench.ScaleOut;

/// <summary>
/// The Telegram benchmark's load (simulated users reading a course through the fake Bot API) delivered by
/// webhook, side by side: one instance on SQLite, then two instances on one PostgreSQL database with the
/// posts spread over both as a load balancer would. Everything (service instances, fake, users) shares the
/// machine, as on a single host.
/// Usage: scale-out [users] [seconds] [think-ms] [warm-up-seconds] [--postgres=CONNECTION] [--chart=FILE].
/// The PostgreSQL server comes from --postgres, else ORGWORK_BENCH_POSTGRES or ORGWORK_TEST_POSTGRES; a
/// database is created for the run and dropped after it.
/// </summary>
public static class ScaleOutBenchmark
{
    private const string Secret = "bench_webhook_secret";

    public static async Task<int> RunAsync(string[] args)
    {
        var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
        var users = numbers.Count > 0 ? numbers[0] : 1000;
        var duration = TimeSpan.FromSeconds(numbers.Count > 1 ? numbers[1] : 20);
        var think = TimeSpan.FromMilliseconds(numbers.Count > 2 ? numbers[2] : 0);
        var warmUp = TimeSpan.FromSeconds(numbers.Count > 3 ? numbers[3] : 15);
        var server = Option(args, "--postgres=")
            ?? Environment.GetEnvironmentVariable("ORGWORK_BENCH_POSTGRES")
            ?? Environment.GetEnvironmentVariable("ORGWORK_TEST_POSTGRES");
        if (string.IsNullOrEmpty(server))
        {
            Console.Error.WriteLine("scale-out needs a PostgreSQL server: --postgres=\"Host=127.0.0.1;Username=…;Password=…;Database=postgres\"");
            return 2;
        }

        var sqlite = await RunConfigurationAsync("1 instance + SQLite, webhook", users, duration, think, warmUp, instances: 1, folder =>
            [$"--ConnectionStrings:OrgWork=Data Source={Path.Combine(folder, "bench.db")}"]);
        Console.WriteLine(sqlite);

        var database = "orgwork_bench_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
            var postgres = await RunConfigurationAsync("2 instances + PostgreSQL, webhook", users, duration, think, warmUp, instances: 2, _ =>
                ["--Storage:Provider=Postgres", $"--ConnectionStrings:OrgWork={connection}"]);
            Console.WriteLine(postgres);
            if (Option(args, "--chart=") is { } chart)
            {
                ScaleOutChart.Save([sqlite, postgres], chart);
                Console.WriteLine($"chart: {chart}");
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }

        return 0;
    }

    private static async Task<LoadResult> RunConfigurationAsync(
        string mode, int users, TimeSpan duration, TimeSpan think, TimeSpan warmUp, int instances, Func<string, string[]> storage)
    {
        var folder = BenchFolder.Create();
        await using var api = await FakeBotApi.StartAsync();
        api.KeepCalls = false;
        var apps = new List<WebApplication>();
        try
        {
            // One after the other: the first applies the migrations.
            for (var i = 0; i < instances; i++)
            {
                var app = await ServeVerb.CreateAppAsync(
                [
                    $"--Telegram:Token={FakeBotApi.Token}",
                    $"--Telegram:BaseUrl={api.BaseUrl}",
                    "--Telegram:WebhookUrl=https://bench.example.org/telegram/webhook",
                    $"--Telegram:WebhookSecret={Secret}",
                    $"--Content:Root={Path.Combine(folder, "content")}",
                    "--Content:Watch=false",
                    "--Jobs:Enabled=false",
                    "--Http:Urls=http://127.0.0.1:0",
                    "--Logging:LogLevel:Default=Warning",
                    .. storage(folder),
                ], CancellationToken.None);
                await app.StartAsync();
                apps.Add(app);
            }

            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = users + 10 }) { Timeout = TimeSpan.FromMinutes(2) };
            var sink = new WebhookSink(http, [.. apps.Select(a => new Uri(new Uri(a.Urls.First()), "/telegram/webhook"))], Secret);
            var cpuBefore = MachineCpu.Used();
            var repliesBefore = api.CountOf("sendMessage") + api.CountOf("editMessageText");
            var result = await TelegramBenchmark.RunLoadAsync(api, sink, mode, users, warmUp, duration, think);
            var replies = api.CountOf("sendMessage") + api.CountOf("editMessageText") - repliesBefore;
            var cpuPerReply = (MachineCpu.Used() - cpuBefore).TotalMilliseconds / Math.Max(1, replies);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{mode}: {cpuPerReply:F2} ms of CPU per reply (this process: instances, fake, users; plus every postgres process), {replies} replies"));
            return sink.Failed == 0 ? result : result with { Mode = $"{mode}, {sink.Failed} posts failed" };
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? Option(string[] args, string prefix) =>
        args.FirstOrDefault(a => a.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
