using System.Globalization;

namespace OrgWork.Bot.Bench.Telegram;

/// <summary>What one run of the simulated users measured.</summary>
internal sealed record LoadResult(
    string Mode, int Users, TimeSpan Think, TimeSpan WarmUp, TimeSpan Duration, int Answered, double PerSecond,
    double P50Milliseconds, double P99Milliseconds, double MaxMilliseconds, int GetUpdatesCalls)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"telegram: {Users} users, think {Think.TotalMilliseconds:F0} ms, {Mode}, {Duration.TotalSeconds:F0} s measured after {WarmUp.TotalSeconds:F0} s warm-up: "
        + $"{Answered} updates answered = {PerSecond:F0} updates/s (target ≥ 500); update→reply p50 {P50Milliseconds:F1} ms, "
        + $"p99 {P99Milliseconds:F1} ms, max {MaxMilliseconds:F1} ms; getUpdates calls {GetUpdatesCalls}");
}
