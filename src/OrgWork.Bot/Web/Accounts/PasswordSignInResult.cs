using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Web.Accounts;

public enum PasswordSignInStatus
{
    SignedIn,

    /// <summary>Unknown number, wrong password or code: one message for all, so a number's existence is not revealed.</summary>
    Invalid,

    /// <summary>Too many failures: the number is locked until <see cref="PasswordSignInResult.LockedUntil"/>.</summary>
    LockedOut,

    /// <summary>The member has not set a password yet: first sign-in with the activation code.</summary>
    NotActivated,

    /// <summary>The new password is too short or the two entries differ.</summary>
    WeakPassword,
}

/// <summary>The outcome of a sign-in or activation with a 手机号.</summary>
public sealed record PasswordSignInResult(PasswordSignInStatus Status, Learner? Member = null, string? SecurityStamp = null, DateTime? LockedUntil = null)
{
    public static PasswordSignInResult Invalid { get; } = new(PasswordSignInStatus.Invalid);
}
