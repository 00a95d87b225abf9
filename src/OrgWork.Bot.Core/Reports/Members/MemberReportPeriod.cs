using System.Globalization;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Reports.Members;

/// <summary>
/// The local days a member report covers, from what a person typed: a year (default: the current local year), or a range
/// <c>from</c>–<c>to</c> (<c>YYYY-MM-DD</c>; a missing start is 1 January of the end's year, a missing end is today).
/// </summary>
public static class MemberReportPeriod
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    /// <summary>Returns null and the period, or a Chinese error saying what is wrong.</summary>
    public static string? TryParse(string? year, string? from, string? to, DateOnly today, out DateOnly start, out DateOnly end)
    {
        start = new DateOnly(today.Year, 1, 1);
        end = new DateOnly(today.Year, 12, 31);
        var hasYear = !string.IsNullOrWhiteSpace(year);
        var hasFrom = !string.IsNullOrWhiteSpace(from);
        var hasTo = !string.IsNullOrWhiteSpace(to);
        if (hasYear && (hasFrom || hasTo))
        {
            return UiText.MemberReportYearOrRange;
        }

        if (hasYear)
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < MinYear || y > MaxYear)
            {
                return UiText.Format(UiText.MemberReportBadYear, year!.Trim(), MinYear, MaxYear);
            }

            (start, end) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            return null;
        }

        if (!hasFrom && !hasTo)
        {
            return null;
        }

        DateOnly parsedTo = today;
        if (hasTo && !TryDate(to!, out parsedTo))
        {
            return UiText.Format(UiText.MemberReportBadDate, to!.Trim());
        }

        var parsedFrom = new DateOnly(parsedTo.Year, 1, 1);
        if (hasFrom && !TryDate(from!, out parsedFrom))
        {
            return UiText.Format(UiText.MemberReportBadDate, from!.Trim());
        }

        if (parsedFrom > parsedTo)
        {
            return UiText.Format(UiText.MemberReportFromAfterTo, Show(parsedFrom), Show(parsedTo));
        }

        (start, end) = (parsedFrom, parsedTo);
        return null;
    }

    public static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) &&
        date.Year is >= MinYear and <= MaxYear;
}
