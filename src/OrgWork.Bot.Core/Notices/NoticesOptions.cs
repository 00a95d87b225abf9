using System.ComponentModel.DataAnnotations;

namespace OrgWork.Bot.Core.Notices;

/// <summary>How notices go out on Telegram (section <c>Notices</c>).</summary>
public sealed class NoticesOptions
{
    public const string SectionName = "Notices";

    /// <summary>How often an instance looks for notices still to send (posts on this instance wake it at once).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Recipients claimed and sent to between two records; a crash re-sends at most one batch.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 30;

    /// <summary>How long a claimed batch is held before another instance may send it (a crashed sender's batch).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a recipient whose send failed waits before the next try.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Tries on Telegram before a recipient is left to the web and the terminal.</summary>
    [Range(1, 100)]
    public int MaxTelegramAttempts { get; set; } = 3;
}
