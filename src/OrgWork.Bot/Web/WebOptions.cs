namespace OrgWork.Bot.Web;

/// <summary>Settings of the web chat and dashboard.</summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>
    /// A PKCS #12 file (.pfx) whose certificate encrypts the session keys kept in the database; empty keeps
    /// them unencrypted. Every instance needs the same certificate, and keeps it to read older keys.
    /// </summary>
    public string KeyCertificatePath { get; set; } = "";

    public string? KeyCertificatePassword { get; set; }
}
