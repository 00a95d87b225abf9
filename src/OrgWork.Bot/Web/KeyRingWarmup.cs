using Microsoft.AspNetCore.DataProtection;
using OrgWork.Bot.Core.Hosting;

namespace OrgWork.Bot.Web;

/// <summary>
/// Loads the data-protection key ring (creating the first key on a new database) once the service serves, in place of
/// ASP.NET Core's own preload before the host listens: reading the keys is the service's first query, and readiness
/// does not need it (docs/architecture.md, "Start-up").
/// </summary>
public sealed class KeyRingWarmup(IDataProtectionProvider provider, StartupPhase startup, ILogger<KeyRingWarmup> logger) : BackgroundService
{
    /// <summary>The name of ASP.NET Core's internal hosted service that preloads the key ring as the host starts.</summary>
    private const string FrameworkPreload = "DataProtectionHostedService";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        startup.RunWhenServing("data-protection key ring", _ => Task.FromResult(provider.CreateProtector(nameof(KeyRingWarmup)).Protect([1])), logger, stoppingToken);

    /// <summary>
    /// Puts this warm-up in place of the framework's preload. Should a later ASP.NET Core rename its preload, it simply
    /// runs as before: slower to ready, never wrong.
    /// </summary>
    public static void ReplaceFrameworkPreload(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == FrameworkPreload) is { } preload)
        {
            services.Remove(preload);
        }

        services.AddHostedService<KeyRingWarmup>();
    }
}
