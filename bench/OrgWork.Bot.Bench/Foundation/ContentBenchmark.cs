using System.Diagnostics;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Bench.Foundation;

/// <summary>(a) Load + validate + render a generated corpus of 1,000 lessons with quizzes. Target: &lt; 2 s.</summary>
public static class ContentBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var lessons = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1000;
        var root = CorpusGenerator.Generate(lessons);
        try
        {
            var loader = new ContentLoader(Options.Create(new ContentOptions()), new MarkdownRenderer());
            var times = new List<double>();
            ContentLoadResult? result = null;
            for (var run = 0; run < 6; run++)
            {
                var start = Stopwatch.GetTimestamp();
                result = await loader.LoadAsync(root, previous: null, CancellationToken.None);
                times.Add(Stopwatches.Milliseconds(start));
            }

            var catalogue = result!.Catalogue;
            var pages = catalogue.Lessons.Sum(l => l.Pages.Count);
            var warm = times.Skip(1).Order().ToList();
            Console.WriteLine($"content: {catalogue.LessonCount} lessons, {catalogue.QuestionCount} questions, {pages} pages, {result.ErrorCount} errors");
            Console.WriteLine($"cold load: {times[0]:F0} ms; warm load median {Stopwatches.Percentile(warm, 50):F0} ms (min {warm[0]:F0}, max {warm[^1]:F0}); target < 2000 ms");
            Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
            return result.ErrorCount == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
