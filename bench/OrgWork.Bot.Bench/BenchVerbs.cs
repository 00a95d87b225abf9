using OrgWork.Bot.Bench.Retrieval;

namespace OrgWork.Bot.Bench;

/// <summary>The benchmarks, one verb each: <c>dotnet run -c Release --project bench/OrgWork.Bot.Bench -- VERB [options]</c>.</summary>
internal static class BenchVerbs
{
    private static readonly Dictionary<string, (string Help, Func<string[], CancellationToken, Task<int>> Run)> Verbs = new(StringComparer.Ordinal)
    {
        ["retrieval"] = ("ours vs Lucene.Net SmartCn + BM25 on the question → passage sets in ../shared/bench", RetrievalBenchmark.RunAsync),
    };

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || !Verbs.TryGetValue(args[0], out var verb))
        {
            Console.Error.WriteLine("usage: OrgWork.Bot.Bench VERB [options]");
            foreach (var (name, (help, _)) in Verbs)
            {
                Console.Error.WriteLine($"  {name,-12} {help}");
            }

            return 2;
        }

        return await verb.Run(args[1..], cancellationToken);
    }
}
