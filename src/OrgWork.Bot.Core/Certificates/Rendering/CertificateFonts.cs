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

    /// <summary>Fonts for the digits and Latin letters (serial, address) that CJK fallback fonts such as Droid Sans Fallback lack.</summary>
    private static readonly string[] LatinFiles =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
    ];

    private static readonly string[] FontFolders = ["/usr/share/fonts", "/usr/local/share/fonts"];
    private const int MaxScannedFiles = 2000;

    private const string LatinSample = "A1-:/";

    private readonly Lazy<(string? Main, string? Latin)> _files = new(() =>
    {
        var main = Find(options.Value.FontPath, logger);
        return (main, main is not null && !Covers(main, LatinSample) ? LatinFiles.FirstOrDefault(f => Covers(f, LatinSample)) : null);
    });
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, bool> _covered = new();
    private readonly Lock _glyphLock = new();

    /// <summary>The TrueType file in use, or null when none with Chinese glyphs was found.</summary>
    public string? FontFile => _files.Value.Main;

    /// <summary>
    /// The font file judged by its name alone: the configured file when it exists, else the first of the known Chinese
    /// TrueType files installed; null when only <see cref="FontFile"/>'s glyph checks can tell. Lets start-up report a
    /// font without loading the drawing library (its glyphs are checked when the first certificate is drawn).
    /// </summary>
    public string? FontFileByName() => ByName(options.Value.FontPath, KnownFiles);

    internal static string? ByName(string configured, IEnumerable<string> knownFiles) =>
        string.IsNullOrWhiteSpace(configured)
            ? knownFiles.FirstOrDefault(IsTrueTypeFile)
            : IsTrueTypeFile(configured) ? Path.GetFullPath(configured) : null;

    private static bool IsTrueTypeFile(string file) => file.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) && File.Exists(file);

    /// <summary>The PDFsharp family name of <see cref="FontFile"/>, or null when there is none.</summary>
    public string? PdfFamily => FontFile is { } file ? CjkFontResolver.FamilyFor(file) : null;

    /// <summary>
    /// The file for what <see cref="FontFile"/> cannot draw (digits and Latin letters, when it is a CJK-only fallback
    /// font); null when it draws everything or no such file is installed.
    /// </summary>
    public string? LatinFile => _files.Value.Latin;

    /// <summary>The PDFsharp family name of <see cref="LatinFile"/>, or null.</summary>
    public string? PdfLatinFamily => LatinFile is { } file ? CjkFontResolver.FamilyFor(file) : null;

    /// <summary>The typeface for the certificate image; the caller disposes it.</summary>
    public SKTypeface Typeface() =>
        (FontFile is { } file ? SKTypeface.FromFile(file) : null)
        ?? chartFonts.ChineseTypeface()
        ?? SKTypeface.CreateDefault();

    /// <summary>The typeface for runs <see cref="Typeface"/> cannot draw; the caller disposes it.</summary>
    public SKTypeface LatinTypeface() =>
        (LatinFile is { } file ? SKTypeface.FromFile(file) : null) ?? SKTypeface.CreateDefault();

    /// <summary>
    /// <paramref name="text"/> cut into runs the main font draws (<c>Main</c> true) and runs left to the Latin font,
    /// so a line mixes them like a browser's font fallback would.
    /// </summary>
    public IReadOnlyList<(string Text, bool Main)> Runs(string text)
    {
        var runs = new List<(string, bool)>();
        if (LatinFile is null)
        {
            runs.Add((text, true));
            return runs;
        }

        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || IsMain(text[i]) != IsMain(text[start]))
            {
                runs.Add((text[start..i], IsMain(text[start])));
                start = i;
            }
        }

        return runs;
    }

    private bool IsMain(char c) => c == ' ' || _covered.GetOrAdd(c, code =>
    {
        lock (_glyphLock)
        {
            using var typeface = SKTypeface.FromFile(FontFile!);
            return typeface is not null && typeface.GetGlyph(code) != 0;
        }
    });

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

    private static bool HasChinese(string file) => Covers(file, "结业证书学时");

    private static bool Covers(string file, string characters)
    {
        if (!IsTrueTypeFile(file))
        {
            return false;
        }

        using var typeface = SKTypeface.FromFile(file);
        return typeface is not null && characters.All(c => typeface.GetGlyph(c) != 0);
    }
}
