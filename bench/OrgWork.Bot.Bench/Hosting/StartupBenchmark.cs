using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using OrgWork.Bot.Bench.Foundation;

namespace OrgWork.Bot.Bench.Hosting;

/// <summary>
/// Start-up to ready and idle memory of the published service, as an operator starts it: <c>dotnet OrgWork.Bot.dll serve</c>
/// in a folder of its own (a new SQLite database, or the one the previous run left: a restart), polling
/// <c>GET /health/ready</c> on loopback every 20 ms until the first <c>200</c>. Reports the time from starting the process to
/// that answer, the resident memory then and once start-up has settled (the service logs it; 5 s after ready at the
/// latest), and the service's own start-up timeline. Bounded by count and a 30-second deadline a run:
/// <c>startup --published DIR [--content DIR] [--runs N]</c> (default 5 runs of each kind).
/// </summary>
public static partial class StartupBenchmark
{
    private static readonly TimeSpan RunDeadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SettleWait = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string[] args)
    {
        var published = Option(args, "--published");
        if (published is null || !File.Exists(Path.Combine(published, "OrgWork.Bot.dll")))
        {
            Console.Error.WriteLine("usage: startup --published DIR [--content DIR] [--runs N]  (DIR from: dotnet publish src/OrgWork.Bot -c Release -r linux-x64 --self-contained false -o DIR)");
            return 2;
        }

        var content = Path.GetFullPath(Option(args, "--content") ?? "content");
        var runs = Option(args, "--runs") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 5;
        var folder = Directory.CreateTempSubdirectory("orgwork-bench-startup-").FullName;
        try
        {
            var fresh = new List<Run>();
            var restart = new List<Run>();
            for (var i = 0; i < runs; i++)
            {
                // Each new database is the first run in an empty folder; the restart reuses that folder's database.
                var runFolder = Directory.CreateDirectory(Path.Combine(folder, i.ToString(CultureInfo.InvariantCulture))).FullName;
                fresh.Add(await StartOnceAsync(published, content, runFolder));
                restart.Add(await StartOnceAsync(published, content, runFolder));
            }

            Console.WriteLine($"load average before the last run: {File.ReadAllText("/proc/loadavg").Trim()}");
            Console.WriteLine("| start | runs | to ready (min / median / max) | resident at ready | resident once settled | target |");
            Console.WriteLine("|---|---|---|---|---|---|");
            Report("new database", fresh);
            Report("existing database", restart);
            Console.WriteLine("Timelines (last run of each kind):");
            Console.WriteLine($"  new: {fresh[^1].Timeline}");
            Console.WriteLine($"  existing: {restart[^1].Timeline}");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Run> StartOnceAsync(string published, string content, string workingFolder)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(published, "OrgWork.Bot.dll"), "serve", $"--Content:Root={content}", $"--Http:Urls=http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        var output = new List<string>();
        var settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var deadline = new CancellationTokenSource(RunDeadline);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        void Collect(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(e.Data);
            }

            if (e.Data.Contains("Start-up settled", StringComparison.Ordinal))
            {
                settled.TrySetResult();
            }
        }

        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var toReady = await WaitUntilReadyAsync(http, port, started, process, deadline.Token);
            var atReady = ResidentMebibytes(process.Id);
            await Task.WhenAny(settled.Task, Task.Delay(SettleWait, deadline.Token));
            var idle = ResidentMebibytes(process.Id);
            string timeline;
            lock (output)
            {
                timeline = output.Select(line => TimelineLine().Match(line)).FirstOrDefault(m => m.Success)?.Value ?? "(no timeline logged)";
            }

            return new Run(toReady, atReady, idle, timeline);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static async Task<double> WaitUntilReadyAsync(HttpClient http, int port, long started, Process process, CancellationToken cancellationToken)
    {
        var ready = new Uri($"http://127.0.0.1:{port}/health/ready");
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the service exited with {process.ExitCode} before it was ready");
            }

            try
            {
                using var response = await http.GetAsync(ready, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return Stopwatches.Milliseconds(started);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }
    }

    private static void Report(string kind, IReadOnlyList<Run> runs)
    {
        var times = runs.Select(r => r.ToReadyMilliseconds / 1000).Order().ToList();
        Console.WriteLine(
            $"| {kind} | {runs.Count} | {times[0]:F2} / {times[times.Count / 2]:F2} / {times[^1]:F2} s "
            + $"| {runs.Min(r => r.AtReadyMebibytes)}–{runs.Max(r => r.AtReadyMebibytes)} MiB "
            + $"| {runs.Min(r => r.SettledMebibytes)}–{runs.Max(r => r.SettledMebibytes)} MiB | < 2.5 s, < 180 MB idle |");
    }

    /// <summary>VmRSS of the process, from <c>/proc</c> (Linux).</summary>
    private static long ResidentMebibytes(int processId) =>
        File.ReadLines($"/proc/{processId}/status")
            .Where(line => line.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(line => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024)
            .First();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    [GeneratedRegex(@"main \d+.*ms CPU")]
    private static partial Regex TimelineLine();

    private sealed record Run(double ToReadyMilliseconds, long AtReadyMebibytes, long SettledMebibytes, string Timeline);
}
