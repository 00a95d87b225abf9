using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Bench;

/// <summary>The real Core services on a given content folder and SQLite file, as the service wires them.</summary>
public static class BenchHost
{
    public static async Task<ServiceProvider> BuildAsync(string contentRoot, string databasePath, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Content:Root"] = contentRoot,
            ["ConnectionStrings:OrgWork"] = $"Data Source={databasePath}",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddOrgWorkCore(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await provider.GetRequiredService<CatalogueStore>().ReloadAsync(CancellationToken.None);
        return provider;
    }
}
