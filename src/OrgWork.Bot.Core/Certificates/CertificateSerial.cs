using System.Security.Cryptography;

namespace OrgWork.Bot.Core.Certificates;

/// <summary>
/// Certificate serial numbers: 12 random characters of Crockford's base32 (60 bits: unguessable, so the public
/// <c>/verify</c> page cannot be walked) and a check character, so a mistyped number is told apart from an unknown one.
/// Read back leniently: lowercase, spaces and hyphens, and the look-alikes O→0, I/L→1 are accepted.
/// </summary>
public static class CertificateSerial
{
    public const int Length = 13;
    private const int RandomLength = Length - 1;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Create()
    {
        Span<char> serial = stackalloc char[Length];
        for (var i = 0; i < RandomLength; i++)
        {
            serial[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        serial[RandomLength] = CheckCharacter(serial[..RandomLength]);
        return new string(serial);
    }

    /// <summary>The serial in its stored form, or null when <paramref name="text"/> is not a well-formed serial (its check fails).</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return null;
        }

        Span<char> serial = stackalloc char[Length];
        var count = 0;
        foreach (var raw in text)
        {
            if (raw is '-' or ' ')
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (count == Length || Alphabet.IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return null;
            }

            serial[count++] = c;
        }

        return count == Length && serial[RandomLength] == CheckCharacter(serial[..RandomLength]) ? new string(serial) : null;
    }

    /// <summary>The serial in groups of four for reading aloud and printing, e.g. <c>7KQ2-M9XH-4RTB-5</c>.</summary>
    public static string Display(string serial) =>
        serial.Length != Length ? serial : $"{serial[..4]}-{serial[4..8]}-{serial[8..12]}-{serial[12..]}";

    /// <summary>A position-weighted sum modulo 31 (a prime): catches a single wrong character (all but 0↔Z) and most swaps of two.</summary>
    private static char CheckCharacter(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            sum += (i + 1) * Alphabet.IndexOf(body[i], StringComparison.Ordinal);
        }

        return Alphabet[sum % 31];
    }
}
