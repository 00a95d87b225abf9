namespace OrgWork.Bot.Bench.Retrieval;

/// <summary>Finds the shared benchmark folder (<c>../shared/bench</c> beside the repository) from where the bench runs.</summary>
internal static class BenchDataFolder
{
    public static string? Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "bench");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
