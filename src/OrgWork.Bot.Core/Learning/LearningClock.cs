using Microsoft.Extensions.Options;

namespace OrgWork.Bot.Core.Learning;

/// <summary>Calendar days and weeks in the users' time zone, whatever the server's zone is.</summary>
public sealed class LearningClock(IOptions<LearningOptions> options)
{
    private readonly TimeZoneInfo _zone = Find(options.Value.TimeZone);

    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(LocalTime(utc));

    /// <summary>The users' wall-clock time at <paramref name="utc"/>.</summary>
    public DateTime LocalTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);

    /// <summary>The Monday of the local week holding <paramref name="utc"/>.</summary>
    public DateOnly WeekStart(DateTime utc)
    {
        var today = LocalDate(utc);
        return today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
    }

    /// <summary>The UTC instant at which the local day <paramref name="date"/> begins.</summary>
    public DateTime StartOfDayUtc(DateOnly date) => UtcAt(date, TimeOnly.MinValue);

    /// <summary>The UTC instant of the users' wall-clock <paramref name="time"/> on <paramref name="date"/>.</summary>
    public DateTime UtcAt(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), _zone);

    private static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException) when (id == "Asia/Shanghai")
        {
            // Without tz data the users' zone is still known: China has kept UTC+8 without DST since 1991.
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(8), id, id);
        }
    }
}
