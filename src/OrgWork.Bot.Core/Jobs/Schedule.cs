using OrgWork.Bot.Core.Learning;

namespace OrgWork.Bot.Core.Jobs;

/// <summary>Latest occurrences of wall-clock schedules in the users' time zone, and of fixed intervals.</summary>
public static class Schedule
{
    /// <summary>The latest whole <paramref name="interval"/> since the Unix epoch, so every instance computes the same occurrences.</summary>
    public static DateTime LatestInterval(DateTime utcNow, TimeSpan interval)
    {
        var sinceEpoch = utcNow.Ticks - DateTime.UnixEpoch.Ticks;
        return new DateTime(DateTime.UnixEpoch.Ticks + (sinceEpoch - (sinceEpoch % interval.Ticks)), DateTimeKind.Utc);
    }

    public static DateTime LatestDaily(LearningClock clock, DateTime utcNow, TimeOnly at)
    {
        var today = clock.LocalDate(utcNow);
        var candidate = clock.UtcAt(today, at);
        return candidate <= utcNow ? candidate : clock.UtcAt(today.AddDays(-1), at);
    }

    public static DateTime LatestWeekly(LearningClock clock, DateTime utcNow, DayOfWeek day, TimeOnly at)
    {
        var today = clock.LocalDate(utcNow);
        var date = today.AddDays(-(((int)today.DayOfWeek - (int)day + 7) % 7));
        var candidate = clock.UtcAt(date, at);
        return candidate <= utcNow ? candidate : clock.UtcAt(date.AddDays(-7), at);
    }
}
