using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Telegram;

namespace OrgWork.Bot.Web.SignIn;

/// <summary>
/// Checks a Telegram Login Widget payload as Telegram documents it: the data-check string (every field but
/// <c>hash</c> as <c>key=value</c>, sorted, joined by <c>\n</c>) signed with HMAC-SHA-256 under SHA-256 of the bot
/// token, compared in constant time; <c>auth_date</c> at most a day old.
/// </summary>
public sealed class TelegramLoginVerifier(IOptions<TelegramOptions> options, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    /// <summary>Clocks differ a little; a payload from slightly in the future is still fresh.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The user the payload vouches for; null when it is forged, tampered with, incomplete or too old.</summary>
    public TelegramLoginUser? Verify(IReadOnlyDictionary<string, string> fields)
    {
        var token = options.Value.Token;
        if (string.IsNullOrWhiteSpace(token)
            || !fields.TryGetValue("hash", out var hash)
            || !fields.TryGetValue("id", out var idText) || !long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0
            || !fields.TryGetValue("auth_date", out var dateText) || !long.TryParse(dateText, NumberStyles.None, CultureInfo.InvariantCulture, out var authDate))
        {
            return null;
        }

        if (!IsAuthentic(token, fields, hash) || !IsFresh(authDate))
        {
            return null;
        }

        return new TelegramLoginUser(id, DisplayName(fields, id));
    }

    public static string DataCheckString(IReadOnlyDictionary<string, string> fields) =>
        string.Join('\n', fields.Where(f => f.Key != "hash").OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));

    /// <summary>The hash Telegram would send for these fields (tests sign payloads with it).</summary>
    public static string Sign(string token, IReadOnlyDictionary<string, string> fields)
    {
        var secret = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(DataCheckString(fields))));
    }

    private static bool IsAuthentic(string token, IReadOnlyDictionary<string, string> fields, string hash)
    {
        byte[] given;
        try
        {
            given = Convert.FromHexString(hash);
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = Convert.FromHexString(Sign(token, fields));
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private bool IsFresh(long authDate)
    {
        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Min(authDate, DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        return age <= MaxAge && age >= -ClockSkew;
    }

    private static string DisplayName(IReadOnlyDictionary<string, string> fields, long id)
    {
        var name = $"{fields.GetValueOrDefault("first_name")} {fields.GetValueOrDefault("last_name")}".Trim();
        return name.Length > 0 ? name : fields.GetValueOrDefault("username") ?? id.ToString(CultureInfo.InvariantCulture);
    }
}
