namespace OrgWork.Bot.Core.Storage;

/// <summary>A person using the bot, keyed by their Telegram user id (the identity shared by all channels).</summary>
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
}
