using System.Globalization;

namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>
/// Dates and date-times written in content, always Beijing time (UTC+8; China keeps no daylight saving time), so a
/// file means the same on any server.
/// </summary>
public static class ContentTime
{
    public static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy/M/d HH:mm", "yyyy/M/d H:mm",
    ];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"];

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// A date-time as a UTC instant. A bare date means the start of that day, or its end (the next midnight) when
    /// <paramref name="endOfDay"/> is set, so <c>closes: 2026-12-31</c> includes the 31st.
    /// </summary>
    public static bool TryParseInstant(string? text, bool endOfDay, out DateTime utc)
    {
        utc = default;
        var trimmed = text?.Trim();
        if (DateTime.TryParseExact(trimmed, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            utc = DateTime.SpecifyKind(local - BeijingOffset, DateTimeKind.Utc);
            return true;
        }

        if (TryParseDate(trimmed, out var date))
        {
            var start = date.ToDateTime(TimeOnly.MinValue) - BeijingOffset;
            utc = DateTime.SpecifyKind(endOfDay ? start.AddDays(1) : start, DateTimeKind.Utc);
            return true;
        }

        return false;
    }

    /// <summary>A UTC instant as Beijing wall-clock text, e.g. <c>2026-12-01 09:00</c>.</summary>
    public static string Format(DateTime utc) => (utc + BeijingOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
