namespace OrgWork.Bot.Api.Health;

public static class HealthChecksServiceCollectionExtensions
{
    /// <summary>The tag of the checks behind <c>/health/ready</c> and <c>/healthz</c>; liveness runs none.</summary>
    public const string ReadyTag = "ready";

    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddOrgWorkHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<ContentHealthCheck>(ContentHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<PolicyIndexHealthCheck>(PolicyIndexHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout);
        return services;
    }
}
