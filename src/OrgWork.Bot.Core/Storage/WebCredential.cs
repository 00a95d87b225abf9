namespace OrgWork.Bot.Core.Storage;

/// <summary>A roster member's web password and sign-in throttle (手机号 + 密码).</summary>
public sealed class WebCredential
{
    public long LearnerId { get; set; }

    /// <summary>ASP.NET Core Identity's password hash; null until the member sets a password.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Changes with every password change; sessions carrying an older stamp are signed out.</summary>
    public string SecurityStamp { get; set; } = "";

    public int FailedAttempts { get; set; }

    public DateTime? LockedUntil { get; set; }

    public DateTime? PasswordChangedAt { get; set; }
}
