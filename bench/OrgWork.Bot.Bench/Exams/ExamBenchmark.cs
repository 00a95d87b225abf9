using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Bench.Foundation;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Exams;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Bench.Exams;

/// <summary>
/// 500 members start the same 20-question exam in the same minute and answer every question through the engine, on a
/// SQLite file: answers/s, latency, answers lost. Then the clock moves past every deadline and each member tries one more
/// answer: every one must be refused, and no stored answer may lie at or after its sitting's deadline.
/// </summary>
public static class ExamBenchmark
{
    private const int Questions = 20;

    public static async Task<int> RunAsync(string[] args)
    {
        var members = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
        var contentRoot = Directory.CreateTempSubdirectory("orgwork-bench-exam-").FullName;
        var dataFolder = Directory.CreateTempSubdirectory("orgwork-bench-db-").FullName;
        Directory.CreateDirectory(Path.Combine(contentRoot, "exams"));
        File.WriteAllText(Path.Combine(contentRoot, "exams", "bench.md"), ExamFile());
        var clock = new ShiftedClock();
        try
        {
            await using var services = await BenchHost.BuildAsync(contentRoot, Path.Combine(dataFolder, "bench.db"), configure: s => s.AddSingleton<TimeProvider>(clock));
            var engine = services.GetRequiredService<IConversationEngine>();
            var exam = services.GetRequiredService<CatalogueStore>().Current.FindExam("bench")!;
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(10));

            var startLatencies = new double[members];
            var begun = Stopwatch.GetTimestamp();
            var firstQuestions = await Task.WhenAll(Enumerable.Range(1, members).Select(id => Task.Run(async () =>
            {
                var began = Stopwatch.GetTimestamp();
                var result = await engine.HandleAsync(Input(id, ExamActions.ToStart(ContentIds.ForExam(exam.Slug))), deadline.Token);
                startLatencies[id - 1] = Stopwatches.Milliseconds(began);
                return result;
            }, deadline.Token)));
            var startSeconds = Stopwatch.GetElapsedTime(begun).TotalSeconds;

            var latencies = new double[members * Questions];
            var answered = 0;
            var start = Stopwatch.GetTimestamp();
            await Task.WhenAll(firstQuestions.Select((first, index) => Task.Run(async () =>
            {
                var current = first;
                for (var q = 0; q < Questions; q++)
                {
                    var button = CorrectButton(current, exam);
                    var began = Stopwatch.GetTimestamp();
                    current = await engine.HandleAsync(Input(index + 1, button), deadline.Token);
                    latencies[Interlocked.Increment(ref answered) - 1] = Stopwatches.Milliseconds(began);
                }
            }, deadline.Token)));
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;

            // Every sitting's deadline passes; a last answer from each member must be refused.
            var factory = services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>();
            List<(long Id, long Learner)> sittingIds;
            await using (var db = await factory.CreateDbContextAsync())
            {
                sittingIds = [.. (await db.ExamSittings.Select(s => new { s.Id, s.LearnerId }).ToListAsync()).Select(s => (s.Id, s.LearnerId))];
            }

            clock.Shift(TimeSpan.FromMinutes(exam.Minutes + 1));
            var late = await Task.WhenAll(sittingIds.Select(s => engine.HandleAsync(
                ChatInput.FromButton("bench", $"chat-{s.Learner}", s.Learner, ExamActions.ToAnswer(s.Id, Questions - 1, "x")), deadline.Token)));
            var refused = late.Count(r => r.Replies.Any(reply => reply.Text.Plain.Contains(UiText.ExamTimedOut, StringComparison.Ordinal)) || r.Toast == UiText.ExamOver);

            await using var check = await factory.CreateDbContextAsync();
            var rows = await check.QuizAnswers.CountAsync();
            var sittings = await check.ExamSittings.CountAsync();
            var full = await check.ExamSittings.CountAsync(s => s.EndedAt == null || s.Ending != null);
            var afterDeadline = await (from a in check.QuizAnswers join s in check.ExamSittings on a.AttemptId equals s.Id where a.AnsweredAt >= s.DeadlineAt select a).CountAsync();
            var sorted = latencies.Order().ToList();
            var startSorted = startLatencies.Order().ToList();
            Console.WriteLine($"exam: {members} members start the same {Questions}-question exam at once and answer every question, SQLite WAL file");
            Console.WriteLine($"start: {members / startSeconds:F0} starts/s; latency p50 {Stopwatches.Percentile(startSorted, 50):F1} ms, p99 {Stopwatches.Percentile(startSorted, 99):F1} ms");
            Console.WriteLine($"answers: {answered / seconds:F0} answers/s; latency p50 {Stopwatches.Percentile(sorted, 50):F1} ms, p99 {Stopwatches.Percentile(sorted, 99):F1} ms");
            Console.WriteLine($"answers sent {answered}, stored {rows}, lost {answered - rows}; sittings {sittings} (all ended or running: {full})");
            Console.WriteLine($"after every deadline: {late.Length} late presses, {refused} refused; answers stored at or after a deadline: {afterDeadline}");
            return rows == answered && afterDeadline == 0 && sittings == members && refused == late.Length ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(contentRoot, recursive: true);
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static string ExamFile()
    {
        var text = new StringBuilder("---\ntitle: 压力测试考试\nminutes: 30\npass: 60\nopens: 2020-01-01\ncloses: 2099-12-31\n---\n## 测验\n\n");
        for (var i = 1; i <= Questions; i++)
        {
            var indent = new string(' ', i.ToString(CultureInfo.InvariantCulture).Length + 2);
            text.Append(CultureInfo.InvariantCulture, $"{i}. 压力测试第{i}题的题干\n{indent}- [x] 第{i}题正确选项\n{indent}- [ ] 第{i}题错误选项甲\n{indent}- [ ] 第{i}题错误选项乙\n");
        }

        return text.ToString();
    }

    private static ChatInput Input(int member, string button) => ChatInput.FromButton("bench", $"chat-{member}", member, button);

    private static string CorrectButton(ConversationResult result, Exam exam)
    {
        var reply = result.Replies.Last(r => r.Buttons.Count > 0);
        var question = exam.OwnQuestions.Where(q => reply.Text.Plain.Contains(q.Text, StringComparison.Ordinal)).OrderByDescending(q => q.Text.Length).First();
        var correct = question.CorrectOptions.Single().Id;
        return reply.Buttons.SelectMany(row => row).Single(b => b.Data.EndsWith(":" + correct, StringComparison.Ordinal)).Data;
    }

    /// <summary>The system clock, moved forward on demand (to pass every deadline without waiting).</summary>
    private sealed class ShiftedClock : TimeProvider
    {
        private long _offsetTicks;

        public void Shift(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
    }
}
