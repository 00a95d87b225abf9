using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Bench.Foundation;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Bench.Learning;

/// <summary>
/// 1,000 learners each taking a 5-question daily quiz at the same time through the engine, on a SQLite
/// file. Target: ≥ 1,000 answers/s with zero lost answers (the answer rows are counted afterwards).
/// </summary>
public static class DailyQuizBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var learners = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1000;
        var contentRoot = CorpusGenerator.Generate(40);
        var dataFolder = Directory.CreateTempSubdirectory("orgwork-bench-db-").FullName;
        try
        {
            await using var services = await BenchHost.BuildAsync(contentRoot, Path.Combine(dataFolder, "bench.db"));
            var engine = services.GetRequiredService<IConversationEngine>();
            var catalogue = services.GetRequiredService<CatalogueStore>().Current;
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(5));

            var started = await Task.WhenAll(Enumerable.Range(1, learners).Select(id => engine.HandleAsync(Input(id, "/daily", null), deadline.Token)));
            var latencies = new double[learners * 5];
            var answered = 0;
            var start = Stopwatch.GetTimestamp();
            await Task.WhenAll(started.Select((first, index) => Task.Run(async () =>
            {
                var learner = index + 1;
                var current = first;
                for (var q = 0; q < 5; q++)
                {
                    var button = CorrectButton(current, catalogue);
                    var began = Stopwatch.GetTimestamp();
                    current = await engine.HandleAsync(Input(learner, null, button), deadline.Token);
                    latencies[Interlocked.Increment(ref answered) - 1] = Stopwatches.Milliseconds(began);
                }
            }, deadline.Token)));
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;

            var factory = services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            var rows = await db.QuizAnswers.CountAsync();
            var finished = await db.QuizAttempts.CountAsync(a => a.FinishedAt != null && a.CorrectCount == 5);
            var sorted = latencies.Order().ToList();
            Console.WriteLine($"daily quiz: {learners} learners × 5 questions at once, SQLite WAL file");
            Console.WriteLine($"throughput: {answered / seconds:F0} answers/s (target ≥ 1000); latency p50 {Stopwatches.Percentile(sorted, 50):F1} ms, p99 {Stopwatches.Percentile(sorted, 99):F1} ms");
            Console.WriteLine($"answers sent {answered}, answer rows stored {rows}, attempts finished with 5/5: {finished}; lost: {answered - rows}");
            return rows == answered ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(contentRoot, recursive: true);
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static ChatInput Input(int learner, string? text, string? button) =>
        text is not null
            ? ChatInput.FromText("bench", $"chat-{learner}", learner, text)
            : ChatInput.FromButton("bench", $"chat-{learner}", learner, button!);

    /// <summary>The button of the correct option of the question on screen (every generated question is single choice).</summary>
    private static string CorrectButton(ConversationResult result, Catalogue catalogue)
    {
        var buttons = result.Replies.Last(r => r.Buttons.Count > 0).Buttons.SelectMany(row => row).ToList();
        foreach (var button in buttons)
        {
            var optionId = button.Data[(button.Data.LastIndexOf(':') + 1)..];
            if (catalogue.Questions.Any(q => q.CorrectOptions.Any(o => o.Id == optionId) && result.Replies[^1].Text.Plain.Contains(q.Text, StringComparison.Ordinal)))
            {
                return button.Data;
            }
        }

        throw new InvalidOperationException("no correct option on screen");
    }
}
