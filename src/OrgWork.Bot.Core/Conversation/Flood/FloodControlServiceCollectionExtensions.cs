using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Conversation.Flood;

public static class FloodControlServiceCollectionExtensions
{
    /// <summary>
    /// One <see cref="IFloodGuard"/> for every channel: counted in the database on PostgreSQL (every instance together),
    /// in memory on SQLite (the one instance).
    /// </summary>
    public static IServiceCollection AddFloodControl(this IServiceCollection services)
    {
        services.AddOptions<FloodOptions>()
            .Configure<IConfiguration>(ApplyLegacyKeys)
            .BindConfiguration(FloodOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<FloodGuard>();
        services.AddSingleton<IFloodGuard>(provider =>
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Postgres
                ? ActivatorUtilities.CreateInstance<SharedFloodGuard>(provider)
                : provider.GetRequiredService<FloodGuard>());
        return services;
    }

    private static void ApplyLegacyKeys(FloodOptions options, IConfiguration configuration)
    {
        var legacy = configuration.GetSection(FloodOptions.LegacySectionName);
        if (legacy.GetValue<int?>(FloodOptions.LegacyLimitKey) is { } limit)
        {
            options.Limit = limit;
        }

        if (legacy.GetValue<TimeSpan?>(FloodOptions.LegacyWindowKey) is { } window)
        {
            options.Window = window;
        }
    }
}
