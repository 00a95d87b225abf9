namespace OrgWork.Bot.Tests.Support;

/// <summary>A temporary working folder for one run of the program.</summary>
public sealed class WorkFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("orgwork-run-").FullName;

    public string Database => System.IO.Path.Combine(Path, "data", "bot.db");

    /// <summary>Settings that point the program at this folder's database and the given content.</summary>
    public string[] Settings(string contentRoot) =>
        [$"--Content:Root={contentRoot}", $"--ConnectionStrings:OrgWork=Data Source={Database}"];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
