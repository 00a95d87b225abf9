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

    /// <summary>
    /// The try-out sign-in with a display name. Unset: on only when the service listens on loopback addresses. Even when
    /// on, it is honoured only for requests whose real client address (after forwarded headers from trusted proxies) is
    /// loopback.
    /// </summary>
    public bool? DemoSignIn { get; set; }

    /// <summary>Optional OpenID Connect sign-in (a government single sign-on); off while <see cref="OidcOptions.Authority"/> is empty.</summary>
    public OidcOptions Oidc { get; set; } = new();
}
