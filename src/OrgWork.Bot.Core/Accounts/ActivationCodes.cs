using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Accounts;

/// <summary>
/// Activation codes (激活码): 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), single use, valid
/// <see cref="Lifetime"/>. Only a SHA-256 hash is stored, so a copy of the database reveals no usable code; issuing a
/// new code retires the member's earlier ones.
/// </summary>
public sealed class ActivationCodes
{
    public const int Length = 8;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>A new code for the member (the plain text is returned once and never stored).</summary>
    public async Task<string> IssueAsync(OrgWorkDbContext db, long learnerId, DateTime utcNow, CancellationToken cancellationToken)
    {
        await db.ActivationCodes
            .Where(c => c.LearnerId == learnerId && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, utcNow), cancellationToken);
        var code = RandomNumberGenerator.GetString(Alphabet, Length);
        db.ActivationCodes.Add(new ActivationCode { LearnerId = learnerId, CodeHash = Hash(code), CreatedAt = utcNow, ExpiresAt = utcNow + Lifetime });
        return code;
    }

    /// <summary>The roster member a code activates, when it is unused, unexpired and the member is active; null otherwise.</summary>
    public async Task<(ActivationCode Code, Learner Member)?> FindAsync(OrgWorkDbContext db, string code, DateTime utcNow, CancellationToken cancellationToken)
    {
        var normalized = Normalize(code);
        if (normalized is null)
        {
            return null;
        }

        var hash = Hash(normalized);
        var found = await db.ActivationCodes
            .Where(c => c.CodeHash == hash && c.UsedAt == null && c.ExpiresAt > utcNow)
            .Join(db.Learners, c => c.LearnerId, l => l.Id, (c, l) => new { Code = c, Member = l })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null || found.Member.DeactivatedAt is not null ? null : (found.Code, found.Member);
    }

    /// <summary>Marks the code used and the member activated (the caller saves).</summary>
    public static void Redeem(ActivationCode code, Learner member, DateTime utcNow)
    {
        code.UsedAt = utcNow;
        member.ActivatedAt ??= utcNow;
    }

    /// <summary>Upper case, spaces and dashes dropped; null when it cannot be a code at all.</summary>
    public static string? Normalize(string code)
    {
        var text = new string(code.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
        return text.Length == Length && text.All(Alphabet.Contains) ? text : null;
    }

    private static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
