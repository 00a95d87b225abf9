using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace OrgWork.Bot.Core.Certificates.Rendering;

/// <summary>
/// PDFsharp's font resolver. PDFsharp takes one resolver per process (<see cref="GlobalFontSettings.FontResolver"/>,
/// set before the first font is used and never replaced by another instance), so this one is a process-wide singleton
/// holding no configuration: a family name is the font file's path behind a prefix (<see cref="FamilyFor"/>), so every
/// host in the process can name its own file. The only state is a cache of file bytes by path.
/// </summary>
public sealed class CjkFontResolver : IFontResolver
{
    private const string Prefix = "orgwork-cjk:";
    private static readonly Lock InstallLock = new();
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    private CjkFontResolver()
    {
    }

    public static CjkFontResolver Instance { get; } = new();

    /// <summary>Makes this PDFsharp's resolver; idempotent and thread-safe.</summary>
    public static void Install()
    {
        lock (InstallLock)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    /// <summary>The family name under which <paramref name="fontFile"/> (a TrueType file) is drawn.</summary>
    public static string FamilyFor(string fontFile) => Prefix + Path.GetFullPath(fontFile);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName.StartsWith(Prefix, StringComparison.Ordinal) ? new FontResolverInfo(familyName, bold, italic) : null;

    public byte[]? GetFont(string faceName) =>
        faceName.StartsWith(Prefix, StringComparison.Ordinal)
            ? _files.GetOrAdd(faceName[Prefix.Length..], File.ReadAllBytes)
            : null;
}
