using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Core.Classes;

/// <summary>What a scanned session code says, once its signature and age are checked.</summary>
public abstract record SessionCodeReading
{
    private SessionCodeReading()
    {
    }

    /// <summary>Signed by us and shown less than <see cref="CheckInOptions.AcceptFor"/> ago.</summary>
    public sealed record Valid(string ClassId, int SessionNumber) : SessionCodeReading;

    /// <summary>Signed by us, but shown too long ago (or a code from the future).</summary>
    public sealed record Expired(string ClassId, int SessionNumber) : SessionCodeReading;

    /// <summary>Not a code we made: mistyped, cut short or guessed.</summary>
    public sealed record Forged : SessionCodeReading;
}

/// <summary>
/// The signed codes that check-in QR codes carry, short enough for a Telegram deep link (<c>start=ck_…</c>, at most 64
/// characters of <c>A–Z a–z 0–9 _ -</c>) and a web address:
/// <list type="bullet">
/// <item>a session code: the class's id, the session number and the rotation slot (minutes since 1970 divided by
/// <see cref="CheckInOptions.RotateEvery"/>), with an HMAC-SHA256 tag cut to 80 bits; a new one every rotation, each
/// accepted for <see cref="CheckInOptions.AcceptFor"/> from the start of its slot;</item>
/// <item>a site code: the site's id and a tag, fixed, for a printed QR code.</item>
/// </list>
/// </summary>
public sealed class CheckInCodes(CheckInKey key, IOptions<CheckInOptions> options)
{
    public const string SessionPrefix = "ck_";
    public const string SitePrefix = "site_";

    private const int IdBytes = 4;
    private const int SessionTagBytes = 10;
    private const int SiteTagBytes = 6;
    private const int SessionCodeBytes = IdBytes + 1 + 4 + SessionTagBytes;
    private const int SiteCodeBytes = IdBytes + SiteTagBytes;

    /// <summary>The code to show now for <paramref name="session"/> of <paramref name="trainingClass"/> (without its prefix).</summary>
    public async Task<string> ForSessionAsync(TrainingClass trainingClass, ClassSession session, DateTime utcNow, CancellationToken cancellationToken)
    {
        var bytes = new byte[SessionCodeBytes];
        Convert.FromHexString(ContentIds.ForClass(trainingClass.Slug)).CopyTo(bytes, 0);
        bytes[IdBytes] = checked((byte)session.Number);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(IdBytes + 1), Slot(utcNow));
        var tag = await TagAsync("session", bytes.AsSpan(0, IdBytes + 5).ToArray(), cancellationToken);
        tag.AsSpan(0, SessionTagBytes).CopyTo(bytes.AsSpan(IdBytes + 5));
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>When the code shown at <paramref name="utcNow"/> is replaced by the next one.</summary>
    public DateTime NextRotation(DateTime utcNow) => SlotStart(Slot(utcNow) + 1);

    public async Task<SessionCodeReading> ReadSessionAsync(string code, DateTime utcNow, CancellationToken cancellationToken)
    {
        if (!TryDecode(code, SessionCodeBytes, out var bytes))
        {
            return new SessionCodeReading.Forged();
        }

        var expected = await TagAsync("session", bytes[..(IdBytes + 5)], cancellationToken);
        if (!CryptographicOperations.FixedTimeEquals(expected.AsSpan(0, SessionTagBytes), bytes.AsSpan(IdBytes + 5)))
        {
            return new SessionCodeReading.Forged();
        }

        var classId = Convert.ToHexStringLower(bytes, 0, IdBytes);
        var number = bytes[IdBytes];
        var shownAt = SlotStart(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(IdBytes + 1)));
        var age = utcNow - shownAt;
        return age >= TimeSpan.Zero && age < options.Value.AcceptFor
            ? new SessionCodeReading.Valid(classId, number)
            : new SessionCodeReading.Expired(classId, number);
    }

    /// <summary>The fixed code of a site's printed QR code (without its prefix).</summary>
    public async Task<string> ForSiteAsync(RedSite site, CancellationToken cancellationToken)
    {
        var id = Convert.FromHexString(ContentIds.ForSite(site.Slug));
        var tag = await TagAsync("site", id, cancellationToken);
        return Base64Url.EncodeToString([.. id, .. tag.AsSpan(0, SiteTagBytes)]);
    }

    /// <summary>The site id a printed code names, or null when the code is not one we made.</summary>
    public async Task<string?> ReadSiteAsync(string code, CancellationToken cancellationToken)
    {
        if (!TryDecode(code, SiteCodeBytes, out var bytes))
        {
            return null;
        }

        var expected = await TagAsync("site", bytes[..IdBytes], cancellationToken);
        return CryptographicOperations.FixedTimeEquals(expected.AsSpan(0, SiteTagBytes), bytes.AsSpan(IdBytes))
            ? Convert.ToHexStringLower(bytes, 0, IdBytes)
            : null;
    }

    private uint Slot(DateTime utc) =>
        (uint)((utc - DateTime.UnixEpoch).Ticks / options.Value.RotateEvery.Ticks);

    private DateTime SlotStart(long slot) => DateTime.SpecifyKind(DateTime.UnixEpoch.AddTicks(slot * options.Value.RotateEvery.Ticks), DateTimeKind.Utc);

    private async Task<byte[]> TagAsync(string purpose, byte[] payload, CancellationToken cancellationToken)
    {
        var secret = await key.GetAsync(cancellationToken);
        byte[] message = [.. Encoding.ASCII.GetBytes(purpose), 0, .. payload];
        return HMACSHA256.HashData(secret, message);
    }

    private static bool TryDecode(string code, int length, out byte[] bytes)
    {
        bytes = [];
        if (string.IsNullOrEmpty(code) || code.Length > 64 || code.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return false;
        }

        if (!Base64Url.IsValid(code.AsSpan(), out var decodedLength) || decodedLength != length)
        {
            return false;
        }

        bytes = Base64Url.DecodeFromChars(code.AsSpan());
        return bytes.Length == length;
    }
}
