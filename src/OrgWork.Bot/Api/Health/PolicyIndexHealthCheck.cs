using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrgWork.Bot.Core.Knowledge.Indexing;

namespace OrgWork.Bot.Api.Health;

/// <summary>
/// Whether a policy index snapshot is in memory. Without one the service still serves (the first policy question
/// reads the stored index), so a missing snapshot is reported as degraded, which keeps the instance ready.
/// </summary>
public sealed class PolicyIndexHealthCheck(PolicyIndex index) : IHealthCheck
{
    public const string Name = "policyIndex";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (index.Current is not { } snapshot)
        {
            return Task.FromResult(HealthCheckResult.Degraded("no policy index snapshot yet (being built)"));
        }

        var data = new Dictionary<string, object> { ["documents"] = snapshot.DocumentCount, ["chunks"] = snapshot.Chunks.Count };
        return Task.FromResult(HealthCheckResult.Healthy("snapshot available", data));
    }
}
