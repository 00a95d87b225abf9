using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Net.Http.Headers;

namespace OrgWork.Bot.Web.Chat;

/// <summary>
/// Streams a chat answer that a model is writing: the response becomes <c>application/x-ndjson</c> at the first piece
/// of text, one line <c>{"partial":"text so far"}</c> per update (only the latest when the page reads slower than the
/// model writes), then <c>{"result":{…}}</c>, the committed answer as <c>/chat/send</c> returns it. An answer that does
/// not stream (everything without a model) is plain JSON as before, so the page reads either.
/// </summary>
public static class ChatStreaming
{
    public const string ContentType = "application/x-ndjson";

    public static bool IsAccepted(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(ContentType, StringComparison.OrdinalIgnoreCase));

    public static async Task<IResult> SendAsync(
        HttpContext http, Func<Action<string>, CancellationToken, Task<ChatResponse?>> handle, CancellationToken cancellationToken)
    {
        var partials = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        var handling = HandleAsync(handle, partials, cancellationToken);
        var streamed = false;
        await foreach (var text in partials.Reader.ReadAllAsync(cancellationToken))
        {
            if (!streamed)
            {
                streamed = true;
                http.Response.ContentType = ContentType + "; charset=utf-8";
                http.Response.Headers[HeaderNames.CacheControl] = "no-store";
                // Proxies such as nginx would otherwise hold the lines back until the answer is complete.
                http.Response.Headers["X-Accel-Buffering"] = "no";
            }

            await WriteLineAsync(http.Response, new { partial = text }, cancellationToken);
        }

        var response = await handling;
        if (!streamed)
        {
            return response is null ? TypedResults.BadRequest() : TypedResults.Ok(response);
        }

        await WriteLineAsync(http.Response, new { result = response }, cancellationToken);
        return TypedResults.Empty;
    }

    private static async Task<ChatResponse?> HandleAsync(
        Func<Action<string>, CancellationToken, Task<ChatResponse?>> handle, Channel<string> partials, CancellationToken cancellationToken)
    {
        try
        {
            return await handle(text => partials.Writer.TryWrite(text), cancellationToken);
        }
        finally
        {
            partials.Writer.TryComplete();
        }
    }

    private static async Task WriteLineAsync(HttpResponse response, object line, CancellationToken cancellationToken)
    {
        await JsonSerializer.SerializeAsync(response.Body, line, JsonSerializerOptions.Web, cancellationToken);
        await response.Body.WriteAsync("\n"u8.ToArray(), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
