using System.Diagnostics;
using System.Globalization;

namespace OrgWork.Bot.Bench.ScaleOut;

/// <summary>CPU time used so far by this process and by every PostgreSQL server process (Linux /proc).</summary>
internal static class MachineCpu
{
    public static TimeSpan Used() => Process.GetCurrentProcess().TotalProcessorTime + Postgres();

    private static TimeSpan Postgres()
    {
        var ticksPerSecond = 100.0; // USER_HZ on Linux
        var total = 0L;
        foreach (var folder in Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(folder, "comm")).Trim() != "postgres")
                {
                    continue;
                }

                // Fields after the command name: utime and stime are the 12th and 13th of them.
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                total += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return TimeSpan.FromSeconds(total / ticksPerSecond);
    }
}
