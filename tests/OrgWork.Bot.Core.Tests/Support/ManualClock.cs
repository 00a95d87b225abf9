namespace OrgWork.Bot.Core.Tests.Support;

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    /// <summary>2026-03-02 10:00 in Asia/Shanghai (a Monday).</summary>
    public static ManualClock MondayMorning() => new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
