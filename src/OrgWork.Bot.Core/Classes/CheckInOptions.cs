using System.ComponentModel.DataAnnotations;

namespace OrgWork.Bot.Core.Classes;

/// <summary>Check-in at class sessions and red-education sites (section <c>CheckIn</c>).</summary>
public sealed class CheckInOptions
{
    public const string SectionName = "CheckIn";

    /// <summary>
    /// The key that signs check-in codes (any text of 32 characters or more). Empty: the service makes a random key once
    /// and keeps it in the database, shared by every instance. Printed site QR codes stay valid as long as the key does.
    /// </summary>
    [MinLength(32)]
    public string? SigningKey { get; set; }

    /// <summary>How often the QR code a trainer shows changes.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:10:00")]
    public TimeSpan RotateEvery { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one code is accepted from when it was shown: a photo sent home soon stops working.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:30:00")]
    public TimeSpan AcceptFor { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>How long before a session starts and after it ends members may check in.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "06:00:00")]
    public TimeSpan WindowMargin { get; set; } = TimeSpan.FromMinutes(30);
}
