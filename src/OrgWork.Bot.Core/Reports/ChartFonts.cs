using Microsoft.Extensions.Logging;
using ScottPlot;
using SkiaSharp;

namespace OrgWork.Bot.Core.Reports;

/// <summary>
/// Finds an installed font that can draw Chinese (Debian ships none by default: install
/// <c>fonts-wqy-microhei</c> or <c>fonts-noto-cjk</c>) and warns once when there is none, since labels
/// would otherwise come out as boxes.
/// </summary>
public sealed class ChartFonts(ILogger<ChartFonts> logger)
{
    private readonly Lazy<string?> _family = new(() => Detect(logger));

    public bool HasChineseFont => _family.Value is not null;

    /// <summary>The detected font as a typeface (for drawing with SkiaSharp directly), or null; the caller disposes it.</summary>
    public SKTypeface? ChineseTypeface() => _family.Value is { } family ? SKTypeface.FromFamilyName(family) : null;

    public void Apply(Plot plot)
    {
        if (_family.Value is { } family)
        {
            plot.Font.Set(family);
        }
    }

    private static string? Detect(ILogger logger)
    {
        using var typeface = SKFontManager.Default.MatchCharacter('中');
        if (typeface is not null)
        {
            return typeface.FamilyName;
        }

        logger.LogWarning("No font with Chinese glyphs is installed, so chart labels would show as boxes. Install one, e.g. 'apt-get install fonts-wqy-microhei' (Debian).");
        return null;
    }
}
