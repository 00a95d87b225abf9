using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Api.Health;

/// <summary>Ready once the content catalogue has been loaded (its counts go with the answer).</summary>
public sealed class ContentHealthCheck(CatalogueStore store) : IHealthCheck
{
    public const string Name = "content";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var catalogue = store.Current;
        if (ReferenceEquals(catalogue, Catalogue.Empty))
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, "the content catalogue is not loaded yet"));
        }

        var data = new Dictionary<string, object>
        {
            ["courses"] = catalogue.Courses.Count,
            ["lessons"] = catalogue.LessonCount,
            ["questions"] = catalogue.QuestionCount,
            ["policyDocuments"] = catalogue.Policies.Count,
        };
        return Task.FromResult(HealthCheckResult.Healthy("catalogue loaded", data));
    }
}
