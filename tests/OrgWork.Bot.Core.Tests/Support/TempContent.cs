namespace OrgWork.Bot.Core.Tests.Support;

/// <summary>A throw-away content folder, starting as a copy of a fixture tree.</summary>
public sealed class TempContent : IDisposable
{
    public TempContent(string fixture = "valid")
    {
        Root = Path.Combine(Path.GetTempPath(), "orgwork-content-" + Guid.NewGuid().ToString("N"));
        CopyTree(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture), Root);
    }

    public string Root { get; }

    public string Write(string relativePath, string text)
    {
        var full = FullPath(relativePath);
        File.WriteAllText(full, text);
        return full;
    }

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = FullPath(relativePath);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Puts the bad-input fixture <paramref name="fixtureName"/> at <paramref name="relativePath"/>.</summary>
    public string Place(string fixtureName, string relativePath) =>
        Write(relativePath, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "bad", fixtureName)));

    public string Display(string relativePath) => Path.Combine(Root, relativePath).Replace('\\', '/');

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string FullPath(string relativePath)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
