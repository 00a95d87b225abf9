namespace OrgWork.Bot.Core.Certificates;

/// <summary>Settings of certificates (结业证书): the font they are drawn in.</summary>
public sealed class CertificateOptions
{
    public const string SectionName = "Certificates";

    /// <summary>
    /// A TrueType file (.ttf, not a .ttc collection) with Chinese glyphs for the PDF and the image; empty searches the
    /// usual places (Debian's <c>fonts-droid-fallback</c> first).
    /// </summary>
    public string FontPath { get; set; } = "";
}
