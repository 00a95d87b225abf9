using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Bench.Foundation;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Browsing;
using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Core.Knowledge.Indexing;

namespace OrgWork.Bot.Bench.SlowModel;

/// <summary>
/// Navigation latency of 50 members (each walking the catalogue, one input after another) while 0, 4 and 16 other
/// members' questions wait on a model that answers in 5 s (a fake OpenAI server on loopback), in-process on a SQLite
/// file. Target: the p99 with 16 waiting stays within 2× of the p99 with none.
/// </summary>
public static class SlowModelBenchmark
{
    private const string Question = "生活困难的党员可以免交党费吗？";

    public static async Task<int> RunAsync(string[] args)
    {
        var inputsPerMember = Option(args, "--inputs", 60);
        var members = Option(args, "--members", 50);
        var delay = TimeSpan.FromSeconds(Option(args, "--model-seconds", 5));
        var chart = args.FirstOrDefault(a => a.StartsWith("--chart=", StringComparison.Ordinal))?["--chart=".Length..];
        await using var model = await SlowModelServer.StartAsync(delay);
        List<SlowModelResult> results = [];

        // SQLite's calls block a pool thread: a pool that starts at one thread per core grows while the rounds run, and
        // would favour the later rounds. Sized up front, as a busy server's pool is, every round starts alike.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, members + 32), io);

        // A whole round first, not reported; then the configurations in turn, several times over, so that what the
        // process still learns as it runs (the JIT's tiering) favours none of them; each is reported by its median.
        await MeasureAsync(model, waiting: 0, members, inputsPerMember);
        var configurations = args.FirstOrDefault(a => a.StartsWith("--waiting=", StringComparison.Ordinal)) is { } given
            ? given["--waiting=".Length..].Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray()
            : [0, 4, 16];
        var rounds = new List<SlowModelResult>();
        for (var repeat = 0; repeat < Option(args, "--repeat", 3); repeat++)
        {
            foreach (var waiting in configurations)
            {
                var r = await MeasureAsync(model, waiting, members, inputsPerMember);
                rounds.Add(r);
                Console.WriteLine(
                    $"waiting {r.Waiting,2}: {r.Inputs} navigation inputs in {r.Seconds:F1} s; p50 {r.P50:F2} ms, p99 {r.P99:F2} ms, max {r.Max:F2} ms; questions answered meanwhile {r.Answered}, on the model at the end {r.OnModel}");
            }
        }

        foreach (var group in rounds.GroupBy(r => r.Waiting))
        {
            var median = group.OrderBy(r => r.P99).ElementAt(group.Count() / 2);
            results.Add(median);
            Console.WriteLine($"median of {group.Count()} rounds with {group.Key} waiting: p50 {median.P50:F2} ms, p99 {median.P99:F2} ms");
        }

        if (results.FirstOrDefault(r => r.Waiting == 0) is { } none && results.FirstOrDefault(r => r.Waiting == 16) is { } sixteen)
        {
            Console.WriteLine($"p99 with 16 waiting / p99 with none (medians): {sixteen.P99 / Math.Max(none.P99, 0.001):F2} (target ≤ 2)");
        }

        if (chart is not null)
        {
            SlowModelChart.Save(results, chart);
            Console.WriteLine($"chart: {chart}");
        }

        return 0;
    }

    private static async Task<SlowModelResult> MeasureAsync(SlowModelServer model, int waiting, int members, int inputsPerMember)
    {
        var contentRoot = CorpusGenerator.Generate(20);
        Directory.CreateDirectory(Path.Combine(contentRoot, "policies"));
        await File.WriteAllTextAsync(Path.Combine(contentRoot, "policies", "dangfei.md"), """
            ---
            title: 党费收缴使用管理规定
            ---
            ## 第二章 收缴与减免

            第九条 对于生活确有困难的党员，经党支部委员会讨论并报上一级党委批准，可以少交或者免交党费。
            """);
        var dataFolder = Directory.CreateTempSubdirectory("orgwork-bench-db-").FullName;
        try
        {
            await using var services = await BenchHost.BuildAsync(contentRoot, Path.Combine(dataFolder, "bench.db"), new Dictionary<string, string?>
            {
                ["Ai:Endpoint"] = model.Endpoint,
                ["Ai:ChatModel"] = "bench-model",
                ["Ai:Streaming"] = "false",
                ["Ai:MaxConcurrentRequests"] = "16",
                ["Ai:MaxRequestsPerMemberPerMinute"] = "1000",
            });
            await services.GetRequiredService<PolicyIndex>().RefreshAsync(CancellationToken.None);
            var engine = services.GetRequiredService<IConversationEngine>();
            var admission = services.GetRequiredService<ModelAdmission>();
            var script = Script(services.GetRequiredService<CatalogueStore>().Current);
            // Warm-up, not measured: JIT, the connection pool, every member's learner row.
            await Parallel.ForEachAsync(Enumerable.Range(1, members), new ParallelOptions { MaxDegreeOfParallelism = members }, async (member, ct) =>
            {
                foreach (var step in script)
                {
                    await engine.HandleAsync(Input(step, member), ct);
                }
            });

            // The askers keep `waiting` questions on the model for the whole measurement, each asking again when answered.
            using var stop = new CancellationTokenSource();
            var answered = 0;
            var askers = Enumerable.Range(1, waiting).Select(i => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    await engine.HandleAsync(ChatInput.FromText("bench", $"asker-{i}", 100_000 + i, Question), CancellationToken.None);
                    Interlocked.Increment(ref answered);
                }
            })).ToList();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (admission.Running < waiting && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            var latencies = new double[members * inputsPerMember];
            var start = Stopwatch.GetTimestamp();
            await Parallel.ForEachAsync(Enumerable.Range(1, members), new ParallelOptions { MaxDegreeOfParallelism = members }, async (member, ct) =>
            {
                for (var step = 0; step < inputsPerMember; step++)
                {
                    var began = Stopwatch.GetTimestamp();
                    var result = await engine.HandleAsync(Input(script[step % script.Count], member), ct);
                    latencies[((member - 1) * inputsPerMember) + step] = Stopwatches.Milliseconds(began);
                    if (result.Replies.Count == 0)
                    {
                        throw new InvalidOperationException("a navigation input got no reply");
                    }
                }
            });
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var onModel = admission.Running;
            await stop.CancelAsync();
            await Task.WhenAll(askers);

            var sorted = latencies.Order().ToList();
            return new SlowModelResult(
                waiting, latencies.Length, seconds, Stopwatches.Percentile(sorted, 50), Stopwatches.Percentile(sorted, 99), sorted[^1], Volatile.Read(ref answered), onModel);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(contentRoot, recursive: true);
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.FirstOrDefault(a => a.StartsWith(name + "=", StringComparison.Ordinal)) is { } given
            ? int.Parse(given[(name.Length + 1)..], CultureInfo.InvariantCulture)
            : fallback;

    private static ChatInput Input(string step, int member) =>
        step.StartsWith('/')
            ? ChatInput.FromText("bench", $"chat-{member}", member, step)
            : ChatInput.FromButton("bench", $"chat-{member}", member, step);

    /// <summary>A member's walk: help, the list, a course, every page of its first lessons, back to the course.</summary>
    private static List<string> Script(Catalogue catalogue)
    {
        var course = catalogue.Courses[0];
        var steps = new List<string> { "/help", "/courses", BrowsingActions.ToCourse(course.Id) };
        foreach (var lesson in course.Lessons.Take(3))
        {
            steps.AddRange(Enumerable.Range(1, lesson.Pages.Count).Select(page => BrowsingActions.ToLessonPage(lesson.Id, page)));
            steps.Add(BrowsingActions.ToCourse(course.Id));
        }

        return steps;
    }
}
