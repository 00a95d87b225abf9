namespace OrgWork.Bot.Core.Tests.Support;

/// <summary>Files that cannot be read or parsed, as editors, permissions and odd input leave them in a content folder.</summary>
public static class BadContentFiles
{
    /// <summary>A 330-byte lesson whose body is 300 <c>&gt;</c>: deeper than Markdig's nesting limit.</summary>
    public static string TooDeeplyNested { get; } = "---\ntitle: 嵌套过深\nminutes: 1\n---\n" + new string('>', 300) + "\n";

    /// <summary>A symbolic link to nothing, like the lock link <c>.#01-first.md</c> Emacs leaves while editing.</summary>
    public static string DanglingLink(string root, string relativePath)
    {
        var full = Path.Combine(root, relativePath);
        File.CreateSymbolicLink(full, "/nonexistent/" + Guid.NewGuid().ToString("N") + ".md");
        return full;
    }

    /// <summary>A lesson without read permission; false when the test runs as a user who reads it anyway (root).</summary>
    public static bool TryMakeUnreadable(string root, string relativePath, string text)
    {
        var full = Path.Combine(root, relativePath);
        File.WriteAllText(full, text);
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        File.SetUnixFileMode(full, UnixFileMode.None);
        try
        {
            using (File.OpenRead(full))
            {
            }

            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }
}
