using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OrgWork.Bot.Api.Health;

/// <summary>
/// The body of <c>/health/live</c> and <c>/health/ready</c>: the overall status and each check's status, description
/// and figures. Exceptions are never written (they go to the log).
/// </summary>
public static class HealthJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new
                {
                    status = e.Value.Status.ToString(),
                    description = e.Value.Description,
                    durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                    data = e.Value.Data.Count == 0 ? null : e.Value.Data,
                }),
        };
        return context.Response.WriteAsJsonAsync(body, Options);
    }
}
