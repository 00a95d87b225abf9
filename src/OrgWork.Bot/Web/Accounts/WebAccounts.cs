using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Accounts;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Web.Accounts;

/// <summary>
/// Roster members' web accounts: 手机号 + 密码, the first time 手机号 + 激活码 with a new password. Passwords are hashed
/// with ASP.NET Core Identity's hasher (PBKDF2); <see cref="MaxFailures"/> failures in a row lock the number for
/// <see cref="LockoutTime"/>. Hashing is slow on purpose, so it runs before the write gate is entered, never inside it.
/// </summary>
public sealed class WebAccounts(
    IDbContextFactory<OrgWorkDbContext> contexts, IWriteGate writeGate, ActivationCodes codes, TimeProvider time, ILogger<WebAccounts> logger)
{
    public const int MaxFailures = 5;
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    private readonly PasswordHasher<Learner> _hasher = new();

    public async Task<PasswordSignInResult> SignInAsync(string phone, string password, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (await FindAsync(phone, cancellationToken) is not { } found)
        {
            // As slow as a real check, so timing does not tell which numbers are in the roster.
            _hasher.VerifyHashedPassword(new Learner(), DummyHash, password);
            return PasswordSignInResult.Invalid;
        }

        var (member, credential) = found;
        if (credential?.LockedUntil > now)
        {
            return new PasswordSignInResult(PasswordSignInStatus.LockedOut, LockedUntil: credential.LockedUntil);
        }

        if (credential?.PasswordHash is not { } hash)
        {
            return new PasswordSignInResult(PasswordSignInStatus.NotActivated);
        }

        var verdict = password.Length is > 0 and <= MaxPasswordLength
            ? _hasher.VerifyHashedPassword(member, hash, password)
            : PasswordVerificationResult.Failed;
        if (verdict == PasswordVerificationResult.Failed)
        {
            return await RecordFailureAsync(member.Id, now, cancellationToken);
        }

        var rehash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? _hasher.HashPassword(member, password) : null;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.WebCredentials.Where(c => c.LearnerId == member.Id).ExecuteUpdateAsync(
                s => s.SetProperty(c => c.FailedAttempts, 0).SetProperty(c => c.LockedUntil, (DateTime?)null).SetProperty(c => c.PasswordHash, c => rehash ?? c.PasswordHash),
                cancellationToken);
        }

        return new PasswordSignInResult(PasswordSignInStatus.SignedIn, member, credential.SecurityStamp);
    }

    /// <summary>The first sign-in: the activation code proves the number's owner, who then chooses a password.</summary>
    public async Task<PasswordSignInResult> ActivateAsync(string phone, string code, string password, string confirmation, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (await FindAsync(phone, cancellationToken) is not { } found)
        {
            return PasswordSignInResult.Invalid;
        }

        var (member, credential) = found;
        if (credential?.LockedUntil > now)
        {
            return new PasswordSignInResult(PasswordSignInStatus.LockedOut, LockedUntil: credential.LockedUntil);
        }

        if (password.Length is < MinPasswordLength or > MaxPasswordLength || password != confirmation)
        {
            return new PasswordSignInResult(PasswordSignInStatus.WeakPassword);
        }

        var hash = _hasher.HashPassword(member, password);
        var stamp = NewStamp();
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await codes.FindAsync(db, code, now, cancellationToken) is not { } activation || activation.Member.Id != member.Id)
            {
                return await RecordFailureAsync(db, member.Id, now, cancellationToken);
            }

            ActivationCodes.Redeem(activation.Code, activation.Member, now);
            var stored = await db.WebCredentials.FirstOrDefaultAsync(c => c.LearnerId == member.Id, cancellationToken);
            if (stored is null)
            {
                stored = new WebCredential { LearnerId = member.Id };
                db.WebCredentials.Add(stored);
            }

            stored.PasswordHash = hash;
            stored.SecurityStamp = stamp;
            stored.PasswordChangedAt = now;
            stored.FailedAttempts = 0;
            stored.LockedUntil = null;
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Roster member {LearnerId} activated a web account", member.Id);
            return new PasswordSignInResult(PasswordSignInStatus.SignedIn, activation.Member, stamp);
        }
    }

    /// <summary>Changes the password and the security stamp: every other session of the member ends at its next request.</summary>
    public async Task<PasswordSignInResult> ChangePasswordAsync(long learnerId, string current, string password, string confirmation, CancellationToken cancellationToken)
    {
        WebCredential? credential;
        Learner? member;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            credential = await db.WebCredentials.AsNoTracking().FirstOrDefaultAsync(c => c.LearnerId == learnerId, cancellationToken);
            member = await db.Learners.AsNoTracking().FirstOrDefaultAsync(l => l.Id == learnerId, cancellationToken);
        }

        if (credential?.PasswordHash is null || member is null
            || _hasher.VerifyHashedPassword(member, credential.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            return PasswordSignInResult.Invalid;
        }

        if (password.Length is < MinPasswordLength or > MaxPasswordLength || password != confirmation)
        {
            return new PasswordSignInResult(PasswordSignInStatus.WeakPassword);
        }

        var hash = _hasher.HashPassword(member, password);
        var stamp = NewStamp();
        var now = time.GetUtcNow().UtcDateTime;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.WebCredentials.Where(c => c.LearnerId == learnerId).ExecuteUpdateAsync(
                s => s.SetProperty(c => c.PasswordHash, hash).SetProperty(c => c.SecurityStamp, stamp).SetProperty(c => c.PasswordChangedAt, now),
                cancellationToken);
        }

        logger.LogInformation("Roster member {LearnerId} changed their password; other sessions end", learnerId);
        return new PasswordSignInResult(PasswordSignInStatus.SignedIn, member, stamp);
    }

    /// <summary>Whether a session issued with <paramref name="stamp"/> is still good: same stamp, member not deactivated.</summary>
    public async Task<bool> IsSessionValidAsync(long learnerId, string? stamp, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var current = await db.Learners.Where(l => l.Id == learnerId)
            .Select(l => new { l.DeactivatedAt, Stamp = db.WebCredentials.Where(c => c.LearnerId == l.Id).Select(c => c.SecurityStamp).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return true;
        }

        return current.DeactivatedAt is null && (stamp is null || stamp == (current.Stamp ?? ""));
    }

    /// <summary>Only 11 digits can be a 手机号; spaces and dashes typed with it are ignored.</summary>
    public static string? NormalizePhone(string phone)
    {
        var digits = new string(phone.Where(c => c is not (' ' or '-')).ToArray());
        return digits.Length == 11 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private async Task<(Learner Member, WebCredential? Credential)?> FindAsync(string phone, CancellationToken cancellationToken)
    {
        if (NormalizePhone(phone) is not { } number)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var member = await db.Learners.AsNoTracking().FirstOrDefaultAsync(l => l.Phone == number && l.DeactivatedAt == null, cancellationToken);
        if (member is null)
        {
            return null;
        }

        var credential = await db.WebCredentials.AsNoTracking().FirstOrDefaultAsync(c => c.LearnerId == member.Id, cancellationToken);
        return (member, credential);
    }

    private async Task<PasswordSignInResult> RecordFailureAsync(long learnerId, DateTime now, CancellationToken cancellationToken)
    {
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await RecordFailureAsync(db, learnerId, now, cancellationToken);
        }
    }

    private async Task<PasswordSignInResult> RecordFailureAsync(OrgWorkDbContext db, long learnerId, DateTime now, CancellationToken cancellationToken)
    {
        var credential = await db.WebCredentials.FirstOrDefaultAsync(c => c.LearnerId == learnerId, cancellationToken);
        if (credential is null)
        {
            credential = new WebCredential { LearnerId = learnerId, SecurityStamp = NewStamp() };
            db.WebCredentials.Add(credential);
        }

        credential.FailedAttempts++;
        if (credential.FailedAttempts >= MaxFailures)
        {
            credential.FailedAttempts = 0;
            credential.LockedUntil = now + LockoutTime;
            logger.LogWarning("Web sign-in of roster member {LearnerId} locked for {Minutes} minutes after {Failures} failures", learnerId, LockoutTime.TotalMinutes, MaxFailures);
        }

        await db.SaveChangesAsync(cancellationToken);
        return credential.LockedUntil > now
            ? new PasswordSignInResult(PasswordSignInStatus.LockedOut, LockedUntil: credential.LockedUntil)
            : PasswordSignInResult.Invalid;
    }

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static readonly string DummyHash = new PasswordHasher<Learner>().HashPassword(new Learner(), "not-a-password");
}
