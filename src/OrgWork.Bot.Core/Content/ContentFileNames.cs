namespace OrgWork.Bot.Core.Content;

/// <summary>
/// Which names in the content folder are not content: hidden files and folders (any name starting with a
/// dot, e.g. <c>.git</c>, an editor's lock link <c>.#01-setting-out.md</c> or swap file <c>.01.md.swp</c>)
/// and backups ending in <c>~</c>. Loading, validation and the watcher all skip them.
/// </summary>
public static class ContentFileNames
{
    public static bool IsIgnoredName(string name) =>
        name.StartsWith('.') || name.EndsWith('~');

    /// <summary>True when any segment of the path (relative to the content root) is ignored.</summary>
    public static bool IsIgnored(string relativePath) =>
        relativePath.Split('/', '\\').Any(segment => segment.Length > 0 && IsIgnoredName(segment));
}
