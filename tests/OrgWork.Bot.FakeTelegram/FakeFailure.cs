using System.Text.Json.Nodes;

namespace OrgWork.Bot.FakeTelegram;

/// <summary>An error answer, shaped as the Bot API documents it.</summary>
public sealed record FakeFailure(int StatusCode, string Body)
{
    public static FakeFailure TooManyRequests(int retryAfterSeconds) => Error(
        429,
        $"Too Many Requests: retry after {retryAfterSeconds}",
        new JsonObject { ["retry_after"] = retryAfterSeconds });

    public static FakeFailure BadGateway() => Error(502, "Bad Gateway");

    /// <summary>What a reverse proxy in front of the Bot API answers when it is down: not JSON at all.</summary>
    public static FakeFailure ProxyBadGateway() => new(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");

    public static FakeFailure Blocked() => Error(403, "Forbidden: bot was blocked by the user");

    public static FakeFailure NotModified() => Error(
        400,
        "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");

    public static FakeFailure Error(int code, string description, JsonObject? parameters = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (parameters is not null)
        {
            body["parameters"] = parameters;
        }

        return new FakeFailure(code, body.ToJsonString());
    }
}
