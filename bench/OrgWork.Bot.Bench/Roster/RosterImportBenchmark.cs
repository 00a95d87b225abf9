using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Bench.Foundation;
using OrgWork.Bot.Core.Organisation.Roster;

namespace OrgWork.Bot.Bench.Roster;

/// <summary>
/// Imports a generated 20,000-member roster into a fresh SQLite file, each import in a process of its own so its peak
/// resident memory (VmHWM) is the import's alone: the .xlsx, the same as a GBK CSV, the .xlsx again (nothing changes),
/// and a changed roster with <c>--deactivate-missing</c>. The empty databases are created and migrated by a process of
/// their own first, so start-up migrations are not counted. Targets: under 10 s and under 300 MB.
/// <c>roster-import [members] [--chart=FILE]</c>.
/// </summary>
public static class RosterImportBenchmark
{
    private const string ChildFlag = "--child";
    private const string PrepareFlag = "--prepare";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == ChildFlag)
        {
            return await RunChildAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == PrepareFlag)
        {
            return await WithServicesAsync(args[1], _ => Task.FromResult(0));
        }

        var members = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : 20_000;
        var chart = args.FirstOrDefault(a => a.StartsWith("--chart=", StringComparison.Ordinal))?["--chart=".Length..];
        var folder = Directory.CreateTempSubdirectory("orgwork-bench-roster-").FullName;
        try
        {
            var xlsx = Path.Combine(folder, "roster.xlsx");
            var csv = Path.Combine(folder, "roster-gbk.csv");
            var changed = Path.Combine(folder, "roster-changed.xlsx");
            RosterGenerator.WriteXlsx(xlsx, members, variant: 0);
            RosterGenerator.WriteGbkCsv(csv, members, variant: 0);
            RosterGenerator.WriteXlsx(changed, members, variant: 1);
            Console.WriteLine($"roster import: {members:N0} members in {members / 50:N0} branches under {(members / 50 + 19) / 20:N0} 党委; xlsx {new FileInfo(xlsx).Length / 1024:N0} KiB, GBK CSV {new FileInfo(csv).Length / 1024:N0} KiB");

            await RunChildProcessAsync(PrepareFlag, Path.Combine(folder, "a.db"));
            await RunChildProcessAsync(PrepareFlag, Path.Combine(folder, "b.db"));
            var runs = new List<RosterImportRun>
            {
                await RunInChildAsync("xlsx, new database", xlsx, Path.Combine(folder, "a.db")),
                await RunInChildAsync("GBK CSV, new database", csv, Path.Combine(folder, "b.db")),
                await RunInChildAsync("xlsx again (no change)", xlsx, Path.Combine(folder, "a.db")),
                await RunInChildAsync("changed xlsx, --deactivate-missing", changed, Path.Combine(folder, "a.db"), "--deactivate-missing"),
            };

            Console.WriteLine("| import | read and plan | apply | total | CPU time of the process | peak memory | summary |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            foreach (var run in runs)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {run.Scenario} | {run.PlanSeconds:F2} s | {run.ApplySeconds:F2} s | {run.TotalSeconds:F2} s | {run.CpuSeconds:F2} s | {run.PeakMiB:F0} MiB | {run.Summary} |"));
            }

            if (chart is not null)
            {
                RosterImportChart.Save(runs, chart);
                Console.WriteLine($"chart written to {chart}");
            }

            var met = runs.All(r => r.TotalSeconds < 10 && r.PeakMiB < 300);
            Console.WriteLine(met ? "targets met: every import under 10 s and 300 MB" : "targets NOT met");
            return met ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<RosterImportRun> RunInChildAsync(string scenario, string file, string database, params string[] flags)
    {
        var output = await RunChildProcessAsync([ChildFlag, file, database, .. flags]);
        var fields = output.Trim().Split('\t');
        if (fields.Length != 5)
        {
            throw new InvalidOperationException($"the import of {scenario} failed: {output}");
        }

        return new RosterImportRun(
            scenario,
            double.Parse(fields[0], CultureInfo.InvariantCulture),
            double.Parse(fields[1], CultureInfo.InvariantCulture),
            double.Parse(fields[2], CultureInfo.InvariantCulture),
            double.Parse(fields[3], CultureInfo.InvariantCulture),
            fields[4]);
    }

    /// <summary>Runs this benchmark program again with <paramref name="arguments"/> after <c>roster-import</c>; returns its output.</summary>
    private static async Task<string> RunChildProcessAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(RosterImportBenchmark).Assembly.Location);
        }

        foreach (var argument in arguments.Prepend("roster-import"))
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        return child.ExitCode == 0 ? output : throw new InvalidOperationException($"{string.Join(' ', arguments)} failed: {output}");
    }

    /// <summary>The real Core services on <paramref name="database"/> (migrated) and a one-lesson content folder.</summary>
    private static async Task<int> WithServicesAsync(string database, Func<IServiceProvider, Task<int>> work)
    {
        var content = CorpusGenerator.Generate(1);
        try
        {
            await using var services = await BenchHost.BuildAsync(content, database);
            return await work(services);
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    /// <summary>The measured import, as the CLI verb does it: plan from the file, then apply; prints plan s, apply s, peak MiB and the summary.</summary>
    private static async Task<int> RunChildAsync(string[] args)
    {
        var (file, database) = (args[0], args[1]);
        var options = new RosterImportOptions { DeactivateMissing = args.Contains("--deactivate-missing") };
        return await WithServicesAsync(database, services => ImportAsync(services.GetRequiredService<RosterImport>(), file, options));
    }

    private static async Task<int> ImportAsync(RosterImport import, string file, RosterImportOptions options)
    {
        var began = Stopwatch.GetTimestamp();
        RosterPlan plan;
        await using (var stream = File.OpenRead(file))
        {
            plan = await import.PlanAsync(stream, Path.GetFileName(file), CancellationToken.None);
        }

        var planned = Stopwatch.GetElapsedTime(began).TotalSeconds;
        if (!plan.CanApply)
        {
            Console.WriteLine(string.Join('\n', plan.Diagnostics.Take(5)));
            return 1;
        }

        began = Stopwatch.GetTimestamp();
        var counts = await import.ApplyAsync(plan, new RosterActor(null, "bench"), options, CancellationToken.None);
        var applied = Stopwatch.GetElapsedTime(began).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{planned:F3}\t{applied:F3}\t{Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F3}\t{PeakResidentMiB():F1}\t{counts.Summary(options.DeactivateMissing)}"));
        return 0;
    }

    /// <summary>The process's peak resident set (VmHWM), in MiB.</summary>
    private static double PeakResidentMiB()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
