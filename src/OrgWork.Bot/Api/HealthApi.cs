using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrgWork.Bot.Api.Health;
using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Api;

/// <summary>
/// Liveness (<c>/health/live</c>: the process answers HTTP; no check runs), readiness (<c>/health/ready</c>: the
/// database answers a query, the catalogue is loaded, the policy index state) and the older <c>/healthz</c> with the
/// content's counts, 503 when not ready.
/// </summary>
public static class HealthApi
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthJson.WriteAsync });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = IsReadinessCheck, ResponseWriter = HealthJson.WriteAsync });
        app.MapGet("/healthz", HealthzAsync);
        return app;
    }

    private static async Task<Results<Ok<HealthzReport>, JsonHttpResult<HealthzReport>>> HealthzAsync(
        HealthCheckService health, CatalogueStore store, HttpContext context, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(IsReadinessCheck, cancellationToken);
        var catalogue = store.Current;
        var ready = report.Status != HealthStatus.Unhealthy;
        var body = new HealthzReport(
            ready ? "ok" : "unavailable", catalogue.Courses.Count, catalogue.LessonCount, catalogue.QuestionCount, catalogue.Policies.Count);
        context.Response.Headers.CacheControl = "no-store";
        return ready ? TypedResults.Ok(body) : TypedResults.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static bool IsReadinessCheck(HealthCheckRegistration registration) =>
        registration.Tags.Contains(HealthChecksServiceCollectionExtensions.ReadyTag);
}
