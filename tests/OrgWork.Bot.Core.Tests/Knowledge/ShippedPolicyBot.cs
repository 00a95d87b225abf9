using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Knowledge;

/// <summary>The real bot answering from the repository's shipped <c>content/policies</c>, as members meet it.</summary>
internal static class ShippedPolicyBot
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static async Task<TestBot> StartAsync(
        StorageProvider storage, IDictionary<string, string?>? settings = null, Action<TempContent>? arrange = null, Action<IServiceCollection>? configure = null)
    {
        var bot = await TestBot.StartAsync(
            storage,
            content =>
            {
                Directory.Delete(Path.Combine(content.Root, "policies"), recursive: true);
                var shipped = Path.Combine(RepositoryRoot, "content", "policies");
                foreach (var file in Directory.EnumerateFiles(shipped))
                {
                    content.Write(Path.Combine("policies", Path.GetFileName(file)), File.ReadAllText(file));
                }

                arrange?.Invoke(content);
            },
            settings,
            configure);
        await bot.Services.GetRequiredService<PolicyIndex>().RefreshAsync(CancellationToken.None);
        return bot;
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OrgWork.Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (OrgWork.Bot.sln) was not found above " + AppContext.BaseDirectory);
    }
}
