using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Reports;
using SkiaSharp;

namespace OrgWork.Bot.Core.Certificates.Rendering;

/// <summary>
/// The font certificates are drawn in: a TrueType file with Chinese glyphs, <c>Certificates:FontPath</c> or the first
/// found in the usual places. PDFsharp reads only single .ttf files (not the .ttc collections of fonts-wqy-microhei and
/// fonts-noto-cjk); Debian's <c>fonts-droid-fallback</c> ships one. Without one a clear warning is logged once: the
/// image falls back to the chart font (or boxes) and the PDF cannot be made.
/// </summary>
public sealed class CertificateFonts(IOptions<CertificateOptions> options, ChartFonts chartFonts, ILogger<CertificateFonts> logger)
{
    /// <summary>Where Debian and its relatives put single-file CJK TrueType fonts, best first.</summary>
    private static readonly string[] KnownFiles =
    [
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
        "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
        "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttf",
    ];

    private static readonly string[] FontFolders = ["/usr/share/fonts", "/usr/local/share/fonts"];
    private const int MaxScannedFiles = 2000;

    private readonly Lazy<string?> _file = new(() => Find(options.Value.FontPath, logger));

    /// <summary>The TrueType file in use, or null when none with Chinese glyphs was found.</summary>
    public string? FontFile => _file.Value;

    /// <summary>The PDFsharp family name of <see cref="FontFile"/>, or null when there is none.</summary>
    public string? PdfFamily => FontFile is { } file ? CjkFontResolver.FamilyFor(file) : null;

    /// <summary>The typeface for the certificate image; the caller disposes it.</summary>
    public SKTypeface Typeface() =>
        (FontFile is { } file ? SKTypeface.FromFile(file) : null)
        ?? chartFonts.ChineseTypeface()
        ?? SKTypeface.CreateDefault();

    private static string? Find(string configured, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (HasChinese(configured))
            {
                logger.LogInformation("Certificates are drawn in {FontFile}", configured);
                return Path.GetFullPath(configured);
            }

            logger.LogWarning("Certificates:FontPath {FontFile} is not a readable TrueType (.ttf) font with Chinese glyphs; searching the usual places instead", configured);
        }

        var found = KnownFiles.FirstOrDefault(HasChinese) ?? Scan();
        if (found is null)
        {
            logger.LogWarning(
                "No TrueType font with Chinese glyphs is installed, so certificate PDFs cannot be made and certificate images would show boxes. "
                + "Install one, e.g. 'apt-get install fonts-droid-fallback' (Debian), or set Certificates:FontPath to a .ttf file.");
            return null;
        }

        logger.LogInformation("Certificates are drawn in {FontFile}", found);
        return found;
    }

    private static string? Scan()
    {
        var candidates = FontFolders.Where(Directory.Exists).SelectMany(folder =>
        {
            try
            {
                return Directory.EnumerateFiles(folder, "*.ttf", new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true });
            }
            catch (IOException)
            {
                return [];
            }
        });
        return candidates.Take(MaxScannedFiles).Order(StringComparer.Ordinal).FirstOrDefault(HasChinese);
    }

    private static bool HasChinese(string file)
    {
        if (!file.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || !File.Exists(file))
        {
            return false;
        }

        using var typeface = SKTypeface.FromFile(file);
        return typeface is not null && "结业证书学时".All(c => typeface.GetGlyph(c) != 0);
    }
}
