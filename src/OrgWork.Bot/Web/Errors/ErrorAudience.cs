namespace OrgWork.Bot.Web.Errors;

/// <summary>
/// Who gets an error: programs get RFC 7807 problem details (JSON), people in a browser get a Chinese page.
/// API paths (the chat's fetch calls under <c>/chat/</c>, <c>/admin/api</c>, the Telegram webhook, health and
/// metrics) always get JSON; any other path gets the page when the request accepts <c>text/html</c> (every browser
/// navigation does) and JSON otherwise.
/// </summary>
public static class ErrorAudience
{
    private static readonly string[] ApiPrefixes = ["/chat", "/admin/api", "/telegram", "/health", "/healthz", "/metrics"];

    public static bool WantsProblemDetails(HttpRequest request)
    {
        if (ApiPrefixes.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var accept = request.Headers.Accept.ToString();
        return !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
