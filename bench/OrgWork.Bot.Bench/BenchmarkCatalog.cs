using OrgWork.Bot.Bench.Foundation;
using OrgWork.Bot.Bench.Retrieval;
using OrgWork.Bot.Bench.Telegram;

namespace OrgWork.Bot.Bench;

/// <summary>The benchmarks by name; each feature adds its own entry.</summary>
public static class BenchmarkCatalog
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Benchmarks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["content"] = ContentBenchmark.RunAsync,
        ["engine"] = EngineBenchmark.RunAsync,
        ["daily-quiz"] = Learning.DailyQuizBenchmark.RunAsync,
        ["retrieval"] = args => RetrievalBenchmark.RunAsync(args, CancellationToken.None),
        ["telegram"] = TelegramBenchmark.RunAsync,
        ["scale-out"] = ScaleOut.ScaleOutBenchmark.RunAsync,
        ["slow-model"] = SlowModel.SlowModelBenchmark.RunAsync,
        ["roster-import"] = Roster.RosterImportBenchmark.RunAsync,
        ["sign-in"] = Accounts.SignInBenchmark.RunAsync,
        ["exam"] = Exams.ExamBenchmark.RunAsync,
        ["report-members"] = Reports.MemberReportBenchmark.RunAsync,
        ["checkin"] = Classes.CheckInBenchmark.RunAsync,
        ["startup"] = Hosting.StartupBenchmark.RunAsync,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !Benchmarks.TryGetValue(args[0], out var run))
        {
            Console.Error.WriteLine($"usage: OrgWork.Bot.Bench <{string.Join('|', Benchmarks.Keys)}> [options]");
            return 2;
        }

#if DEBUG
        Console.Error.WriteLine("warning: a Debug build; run with -c Release for real figures");
#endif
        return await run(args[1..]);
    }
}
