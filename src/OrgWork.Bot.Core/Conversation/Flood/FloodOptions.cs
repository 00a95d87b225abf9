using System.ComponentModel.DataAnnotations;

namespace OrgWork.Bot.Core.Conversation.Flood;

/// <summary>
/// Flood control for every channel (<see cref="IFloodGuard"/>). The keys used to live under <c>Telegram</c>
/// (<c>Telegram:FloodLimit</c>, <c>Telegram:FloodWindow</c>); those are still read, and <c>Flood:*</c> wins over them.
/// </summary>
public sealed class FloodOptions
{
    public const string SectionName = "Flood";

    /// <summary>The section and keys this was configured with before it covered every channel.</summary>
    public const string LegacySectionName = "Telegram";
    public const string LegacyLimitKey = "FloodLimit";
    public const string LegacyWindowKey = "FloodWindow";

    /// <summary>Inputs one person may send within <see cref="Window"/>; more are dropped after one notice.</summary>
    [Range(1, 1000)]
    public int Limit { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);
}
