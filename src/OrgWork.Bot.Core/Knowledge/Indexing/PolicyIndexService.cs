using Microsoft.Extensions.Hosting;

namespace OrgWork.Bot.Core.Knowledge.Indexing;

/// <summary>
/// In the service: creates the policy index at start so it follows every content reload from the first one, and
/// refreshes it at once if the content is already loaded.
/// </summary>
public sealed class PolicyIndexService(PolicyIndex index, Content.CatalogueStore catalogue) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!ReferenceEquals(catalogue.Current, Content.Catalogue.Empty))
        {
            await index.RefreshAsync(stoppingToken);
        }
    }
}
