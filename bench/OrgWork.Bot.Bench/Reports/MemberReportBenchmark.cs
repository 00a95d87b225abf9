using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Bench.Foundation;
using OrgWork.Bot.Core.Reports.Members;

namespace OrgWork.Bot.Bench.Reports;

/// <summary>
/// <c>report-members [members] [--runs=N]</c>: a SQLite file with 20,000 members (400 branches of 50 under 20 党委), each with
/// 12 学时 rows and 20 points rows this year, then <c>report --members --xlsx</c>'s work (<see cref="MemberReport.BuildAsync"/>
/// and <see cref="MemberReportWorkbook.WriteAsync"/>) in a process of its own per run, so its peak resident memory (VmHWM) and
/// the bytes it allocated are the report's alone. Each phase prints its wall time and the process's CPU time in it (on a
/// shared machine the wall time includes waiting for a core). Targets: under 10 s and under 300 MB.
/// </summary>
public static class MemberReportBenchmark
{
    private const string ChildFlag = "--child";
    private const int CreditsPerMember = 12;
    private const int PointsPerMember = 20;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == ChildFlag)
        {
            return await WithServicesAsync(args[1], services => ReportAsync(services, args[2]));
        }

        var members = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : 20_000;
        var runs = args.FirstOrDefault(a => a.StartsWith("--runs=", StringComparison.Ordinal)) is { } r ? int.Parse(r["--runs=".Length..], CultureInfo.InvariantCulture) : 3;
        var folder = Directory.CreateTempSubdirectory("orgwork-bench-report-").FullName;
        try
        {
            var database = Path.Combine(folder, "bot.db");
            var seeding = Stopwatch.GetTimestamp();
            await WithServicesAsync(database, _ => Task.FromResult(0));
            await SeedAsync(database, members);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"member report: {members:N0} members, {members * CreditsPerMember:N0} 学时 rows, {members * PointsPerMember:N0} points rows (seeded in {Stopwatch.GetElapsedTime(seeding).TotalSeconds:F1} s)"));
            Console.WriteLine("| run | query (CPU) | xlsx (CPU) | total | allocated | peak memory | xlsx size |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            var met = true;
            for (var run = 1; run <= runs; run++)
            {
                var xlsx = Path.Combine(folder, $"report-{run}.xlsx");
                var fields = (await RunChildProcessAsync(ChildFlag, database, xlsx)).Trim().Split('\t');
                var (query, write, queryCpu, writeCpu, allocated, peak) = (D(fields[0]), D(fields[1]), D(fields[2]), D(fields[3]), D(fields[4]), D(fields[5]));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {run} | {query:F2} s ({queryCpu:F2} s) | {write:F2} s ({writeCpu:F2} s) | {query + write:F2} s | {allocated:F0} MiB | {peak:F0} MiB | {new FileInfo(xlsx).Length / 1024:N0} KiB |"));
                met &= query + write < 10 && peak < 300;
            }

            Console.WriteLine(met ? "targets met: every run under 10 s and 300 MB" : "targets NOT met");
            return met ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The measured work: the report's queries, then the workbook; prints query s, xlsx s, CPU s, allocated MiB, peak MiB.</summary>
    private static async Task<int> ReportAsync(IServiceProvider services, string xlsx)
    {
        var report = services.GetRequiredService<MemberReport>();
        var contexts = services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Core.Storage.OrgWorkDbContext>>();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var began = Stopwatch.GetTimestamp();
        MemberReportResult result;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            result = await report.BuildAsync(db, new MemberReportQuery(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), CancellationToken.None);
        }

        var queried = Stopwatch.GetElapsedTime(began).TotalSeconds;
        var queryCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        began = Stopwatch.GetTimestamp();
        await using (var file = new FileStream(xlsx, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            await MemberReportWorkbook.WriteAsync(file, result, CancellationToken.None);
        }

        var written = Stopwatch.GetElapsedTime(began).TotalSeconds;
        var writeCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{queried:F3}\t{written:F3}\t{queryCpu:F3}\t{writeCpu:F3}\t{allocated:F1}\t{PeakResidentMiB():F1}"));
        return result.Rows.Count > 0 ? 0 : 1;
    }

    /// <summary>Branches, parents, members and their ledger rows through prepared INSERTs in one transaction.</summary>
    private static async Task SeedAsync(string database, int members)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var now = new DateTime(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var branches = Math.Max(1, members / 50);
        var parents = Math.Max(1, (branches + 19) / 20);
        for (var p = 1; p <= parents; p++)
        {
            await ExecuteAsync(connection, transaction, $"INSERT INTO \"ParentOrganisations\" (\"Id\", \"Name\", \"CreatedAt\") VALUES ({p}, '第{p}党委', '{now}')");
        }

        for (var b = 1; b <= branches; b++)
        {
            await ExecuteAsync(connection, transaction,
                $"INSERT INTO \"Branches\" (\"Id\", \"Name\", \"InviteCode\", \"CreatedAt\", \"ParentId\") VALUES ({b}, '第{b}党支部', 'B{b:D7}', '{now}', {((b - 1) / 20) + 1})");
        }

        var learner = Prepare(connection, transaction,
            "INSERT INTO \"Learners\" (\"Id\", \"DisplayName\", \"CreatedAt\", \"LastSeenAt\", \"IsActive\", \"Role\", \"BranchId\", \"RankOptIn\", \"RemindOptIn\", \"Category\") VALUES ($id, $name, $now, $now, 1, 0, $branch, 0, 0, 0)",
            "$id", "$name", "$now", "$branch");
        var credit = Prepare(connection, transaction,
            "INSERT INTO \"StudyCredits\" (\"LearnerId\", \"Source\", \"Reference\", \"Minutes\", \"OccurredAt\", \"LocalDate\") VALUES ($id, 0, $ref, $minutes, $now, $day)",
            "$id", "$ref", "$minutes", "$now", "$day");
        var points = Prepare(connection, transaction,
            "INSERT INTO \"PointEntries\" (\"LearnerId\", \"Reason\", \"Reference\", \"Points\", \"OccurredAt\", \"LocalDate\") VALUES ($id, 1, $ref, $points, $now, $day)",
            "$id", "$ref", "$points", "$now", "$day");
        for (var m = 1; m <= members; m++)
        {
            await RunAsync(learner, m, "党员" + m.ToString(CultureInfo.InvariantCulture), now, ((m - 1) % branches) + 1);
            for (var c = 0; c < CreditsPerMember; c++)
            {
                var day = new DateOnly(2026, 1 + (c % 12), 1 + (m % 28));
                await RunAsync(credit, m, $"course/lesson-{c}", 20 + (m % 7 * 15), now, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            for (var q = 0; q < PointsPerMember; q++)
            {
                var day = new DateOnly(2026, 1 + (q % 12), 1 + ((m + q) % 28));
                await RunAsync(points, m, $"answer-{q}", 1 + (q % 3), now, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        await transaction.CommitAsync();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        await using var command = new SqliteCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = new SqliteCommand(sql, connection, transaction);
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static async Task RunAsync(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        await command.ExecuteNonQueryAsync();
    }

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

    private static async Task<string> RunChildProcessAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(MemberReportBenchmark).Assembly.Location);
        }

        foreach (var argument in arguments.Prepend("report-members"))
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        return child.ExitCode == 0 ? output : throw new InvalidOperationException($"{string.Join(' ', arguments)} failed: {output}");
    }

    private static double PeakResidentMiB()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
