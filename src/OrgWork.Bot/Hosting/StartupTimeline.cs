using System.Diagnostics;

namespace OrgWork.Bot.Hosting;

/// <summary>
/// Where the start-up time goes (docs/benchmarks.md, "Start-up"): milliseconds since the process started at each
/// step of <c>serve</c>, logged in one line when the host is listening. The word segmentation dictionary and the
/// policy index load after that, in the background, and log their own times.
/// </summary>
public sealed class StartupTimeline
{
    private readonly List<(string Step, long Milliseconds)> _marks = [];

    /// <summary>The time since this process started (the runtime's own start-up included).</summary>
    public static TimeSpan SinceProcessStart() => DateTime.UtcNow - Process.GetCurrentProcess().StartTime.ToUniversalTime();

    public void Mark(string step) => _marks.Add((step, (long)SinceProcessStart().TotalMilliseconds));

    /// <summary>Logs the marks and the moment the host started listening, when it does.</summary>
    public void LogWhenStarted(WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            Mark("listening");
            var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
            app.Logger.LogInformation(
                "Start-up (ms since the process started): {Timeline}; {CpuMilliseconds:F0} ms CPU",
                string.Join(", ", _marks.Select(m => $"{m.Step} {m.Milliseconds}")), cpu);
        });
}
