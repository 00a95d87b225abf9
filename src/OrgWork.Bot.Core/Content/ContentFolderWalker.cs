using System.Security;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Content;

/// <summary>
/// Lists the content files under a root, skipping ignored names. A folder that cannot be listed is
/// reported and skipped instead of ending the walk; linked folders are followed once (a link loop is not).
/// </summary>
internal static class ContentFolderWalker
{
    private static readonly EnumerationOptions OneLevel = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

    public static List<(string Full, string Relative)> Walk(string root, List<Diagnostic> problems)
    {
        var files = new List<(string Full, string Relative)>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { Path.GetFullPath(root) };
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var folder))
        {
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", OneLevel).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException)
            {
                problems.Add(UiText.Diagnostics.FolderUnreadable.At(Display(root, folder), 1, DiagnosticReason.ForIo(ex)));
                continue;
            }

            foreach (var entry in entries.Where(e => !ContentFileNames.IsIgnoredName(e.Name)))
            {
                if (entry is not DirectoryInfo directory)
                {
                    files.Add((entry.FullName, Path.GetRelativePath(root, entry.FullName).Replace('\\', '/')));
                }
                else if (visited.Add(RealPath(directory)))
                {
                    pending.Push(directory.FullName);
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return files;
    }

    private static string RealPath(DirectoryInfo directory)
    {
        try
        {
            return directory.LinkTarget is null ? directory.FullName : directory.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory.FullName;
        }
        catch (IOException)
        {
            return directory.FullName;
        }
    }

    /// <summary>The folder as the loader shows files: under the root as it was given.</summary>
    private static string Display(string root, string folder)
    {
        var relative = Path.GetRelativePath(root, folder);
        return (relative == "." ? root : Path.Combine(root, relative)).Replace('\\', '/');
    }
}
