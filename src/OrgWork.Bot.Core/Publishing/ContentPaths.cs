namespace OrgWork.Bot.Core.Publishing;

/// <summary>
/// The only way publishing turns a relative path into a file under <c>content/</c>: forward slashes, no
/// <c>..</c>, no absolute or drive paths, no hidden segments, and the result must stay inside the root.
/// </summary>
public static class ContentPaths
{
    public static IReadOnlySet<string> ImageExtensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg", ".gif", ".webp" };

    public static bool IsMarkdown(string path) => Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase);

    public static bool IsImage(string path) => ImageExtensions.Contains(Path.GetExtension(path));

    public static bool IsSafeRelative(string path) =>
        path.Length is > 0 and <= 400 &&
        !path.Contains('\\') && !path.Contains(':') &&
        !path.Any(char.IsControl) &&
        path.Split('/').All(IsSafeSegment);

    /// <summary>A file or folder name: not empty, not <c>.</c> or <c>..</c>, not hidden.</summary>
    public static bool IsSafeSegment(string segment) =>
        segment.Length is > 0 and <= 120 && segment[0] != '.' && segment.Trim() == segment &&
        segment.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|']) < 0 && !segment.Any(char.IsControl);

    /// <summary>The full path of <paramref name="relative"/> under <paramref name="root"/>; throws when it would leave it.</summary>
    public static string Resolve(string root, string relative)
    {
        var rootFull = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine(rootFull, relative));
        if (!IsSafeRelative(relative) || !full.StartsWith(Path.TrimEndingDirectorySeparator(rootFull) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write outside the content folder: '{relative}'");
        }

        return full;
    }

    /// <summary>The bytes of the file at <paramref name="relative"/>, or null when there is none.</summary>
    public static async Task<byte[]?> ReadAsync(string root, string relative, CancellationToken cancellationToken)
    {
        var full = Resolve(root, relative);
        return File.Exists(full) ? await File.ReadAllBytesAsync(full, cancellationToken) : null;
    }
}
