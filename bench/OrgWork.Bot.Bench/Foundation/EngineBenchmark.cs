using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Browsing;

namespace OrgWork.Bot.Bench.Foundation;

/// <summary>
/// (b) The engine handling 10,000 navigation inputs in-process on a SQLite file (WAL), from many
/// learners at once, each learner's inputs in order. Target: ≥ 2,000 inputs/s, p99 &lt; 20 ms.
/// </summary>
public static class EngineBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var inputs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        var learners = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100;
        var concurrency = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 8;
        var contentRoot = CorpusGenerator.Generate(100);
        var dataFolder = Directory.CreateTempSubdirectory("orgwork-bench-db-").FullName;
        try
        {
            await using var services = await BenchHost.BuildAsync(contentRoot, Path.Combine(dataFolder, "bench.db"));
            var engine = services.GetRequiredService<IConversationEngine>();
            var catalogue = services.GetRequiredService<CatalogueStore>().Current;
            var script = Script(catalogue);

            // Warm-up: JIT, connection pool, first learner rows.
            foreach (var input in script.Take(20))
            {
                await engine.HandleAsync(Input(input, 0), CancellationToken.None);
            }

            var latencies = new double[inputs];
            var next = -1;
            var start = Stopwatch.GetTimestamp();
            await Parallel.ForEachAsync(Enumerable.Range(1, learners), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (learner, ct) =>
            {
                for (var step = 0; ; step++)
                {
                    var slot = Interlocked.Increment(ref next);
                    if (slot >= inputs)
                    {
                        return;
                    }

                    var began = Stopwatch.GetTimestamp();
                    var result = await engine.HandleAsync(Input(script[step % script.Count], learner), ct);
                    latencies[slot] = Stopwatches.Milliseconds(began);
                    if (result.Replies.Count == 0)
                    {
                        throw new InvalidOperationException("an input got no reply");
                    }
                }
            });
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;

            var sorted = latencies.Order().ToList();
            Console.WriteLine($"engine: {inputs} navigation inputs, {learners} learners, {concurrency} at a time, SQLite WAL file");
            Console.WriteLine($"throughput: {inputs / seconds:F0} inputs/s (target ≥ 2000); latency p50 {Stopwatches.Percentile(sorted, 50):F2} ms, p99 {Stopwatches.Percentile(sorted, 99):F2} ms (target < 20), max {sorted[^1]:F2} ms");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(contentRoot, recursive: true);
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static ChatInput Input(string step, int learner) =>
        step.StartsWith('/')
            ? ChatInput.FromText("bench", $"chat-{learner}", learner, step)
            : ChatInput.FromButton("bench", $"chat-{learner}", learner, step);

    /// <summary>A learner's walk: the list, a course, every page of its first lessons, back to the course.</summary>
    private static List<string> Script(Catalogue catalogue)
    {
        var course = catalogue.Courses[0];
        var steps = new List<string> { "/courses", BrowsingActions.ToCourse(course.Id) };
        foreach (var lesson in course.Lessons.Take(5))
        {
            steps.AddRange(Enumerable.Range(1, lesson.Pages.Count).Select(page => BrowsingActions.ToLessonPage(lesson.Id, page)));
            steps.Add(BrowsingActions.ToCourse(course.Id));
        }

        return steps;
    }
}
