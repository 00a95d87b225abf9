using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Hosting;

namespace OrgWork.Bot.Core.Knowledge.Indexing;

/// <summary>
/// In the service: creates the policy index at start so it follows every content reload from the first one, and
/// refreshes it once the service serves if the content was loaded before the index was created (no reload will tell it).
/// </summary>
public sealed class PolicyIndexService : BackgroundService
{
    private readonly PolicyIndex _index;
    private readonly StartupPhase _startup;
    private readonly ILogger<PolicyIndexService> _logger;
    private readonly bool _contentLoadedFirst;

    public PolicyIndexService(PolicyIndex index, CatalogueStore catalogue, StartupPhase startup, ILogger<PolicyIndexService> logger)
    {
        _index = index;
        _startup = startup;
        _logger = logger;
        _contentLoadedFirst = !ReferenceEquals(catalogue.Current, Catalogue.Empty);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _contentLoadedFirst
            ? _startup.RunWhenServing("policy index refresh", _index.RefreshAsync, _logger, stoppingToken)
            : Task.CompletedTask;
}
