using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Cli;

/// <summary>What the policy verbs share: storage ready, content loaded, index in line with the files.</summary>
internal static class PolicyCli
{
    public static async Task<PolicyIndexReport> PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        await services.GetRequiredService<CatalogueStore>().ReloadAsync(cancellationToken);
        return await services.GetRequiredService<PolicyIndex>().RefreshAsync(cancellationToken);
    }
}
