using OpenTelemetry.Metrics;
using OrgWork.Bot.Core.Diagnostics;

namespace OrgWork.Bot.Api;

/// <summary><c>GET /metrics</c>: the service's measurements in Prometheus text format, through OpenTelemetry.</summary>
public static class MetricsApi
{
    public static IServiceCollection AddOrgWorkMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(OrgWorkMetrics.MeterName)

            // ASP.NET Core's own meters: request durations and connections of the HTTP endpoints.
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());

        services.AddHostedService<MetricsBaseline>();
        return services;
    }

    public static void MapMetrics(this WebApplication app) => app.MapPrometheusScrapingEndpoint("/metrics");
}
