namespace OrgWork.Bot.Core.Certificates.Storage;

/// <summary>
/// A certificate (结业证书) issued to a member once per exam or class: unique per (learner, source, key). What it
/// says (name, title, 学时, date) is kept as issued, so a later roster rename or content edit does not change it.
/// </summary>
public sealed class Certificate
{
    public long Id { get; set; }

    /// <summary>The public serial number (<see cref="CertificateSerial"/>): 13 characters of Crockford base32, the last a check character.</summary>
    public string Serial { get; set; } = "";

    public long LearnerId { get; set; }

    /// <summary>The member's name when the certificate was issued.</summary>
    public string HolderName { get; set; } = "";

    public CertificateSource Source { get; set; }

    /// <summary>The exam's or class's slug.</summary>
    public string SourceKey { get; set; } = "";

    /// <summary>What was completed, e.g. the exam's title.</summary>
    public string Title { get; set; } = "";

    /// <summary>The 学时 the certificate states.</summary>
    public double Hours { get; set; }

    public DateTime IssuedAt { get; set; }

    /// <summary>The issue date in the users' time zone (Asia/Shanghai), as printed.</summary>
    public DateOnly IssuedOn { get; set; }

    public DateTime? RevokedAt { get; set; }

    public string? RevokeReason { get; set; }
}
