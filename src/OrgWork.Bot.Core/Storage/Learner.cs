namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// A person using the bot. Keyed by their Telegram user id (the identity shared by all channels), or — for a member
/// who came from the roster (党员名册) — by an id of <see cref="RosterLearnerIds"/>; a Telegram or terminal account bound
/// to such a member with <c>/bind</c> reaches it through an <see cref="AccountAlias"/>.
/// </summary>
public sealed class Learner
{
    public long Id { get; set; }

    public string DisplayName { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime LastSeenAt { get; set; }

    /// <summary>False once the person blocked the bot; broadcasts skip them.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>The stored role; ids listed in <c>Bot:Admins</c> are admins whatever this says.</summary>
    public Role Role { get; set; }

    public int? BranchId { get; set; }

    /// <summary>Shown on the branch's individual leaderboard only after opting in (<c>/rank on</c>).</summary>
    public bool RankOptIn { get; set; }

    /// <summary>Gets the daily study reminder (<c>/remind on</c>).</summary>
    public bool RemindOptIn { get; set; }

    /// <summary>The roster's 手机号 (11 digits): the member's key in every roster import; null for people not in the roster.</summary>
    public string? Phone { get; set; }

    /// <summary>The roster's 人员类别.</summary>
    public MemberCategory Category { get; set; }

    /// <summary>The roster's 职务, if any.</summary>
    public string? Position { get; set; }

    /// <summary>When the member first activated an account (<c>/bind</c> or the web's activation code).</summary>
    public DateTime? ActivatedAt { get; set; }

    /// <summary>Set when the member left the roster (or an admin deactivated them): history kept, no sign-in, no chat.</summary>
    public DateTime? DeactivatedAt { get; set; }
}
