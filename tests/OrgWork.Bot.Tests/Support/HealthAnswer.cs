using System.Net;
using System.Text.Json.Nodes;

namespace OrgWork.Bot.Tests.Support;

/// <summary>One answer of <c>/health/live</c> or <c>/health/ready</c>: the HTTP status and the overall and per-check statuses.</summary>
public sealed record HealthAnswer(HttpStatusCode StatusCode, string Status, JsonObject Checks, string Body)
{
    public string CheckStatus(string name) => Checks[name]?["status"]?.GetValue<string>() ?? "(absent)";

    public static async Task<HealthAnswer> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(body)!.AsObject();
        return new HealthAnswer(response.StatusCode, json["status"]!.GetValue<string>(), json["checks"]?.AsObject() ?? [], body);
    }

    /// <summary>Polls until <paramref name="until"/> holds (bounded), returning that answer.</summary>
    public static async Task<HealthAnswer> WaitAsync(HttpClient http, string path, Func<HealthAnswer, bool> until, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        HealthAnswer? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                last = await GetAsync(http, path);
                if (until(last))
                {
                    return last;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{path} never answered as expected; last: {last?.StatusCode} {last?.Body}");
    }
}
