using System.Net;
using Telegram.Bot.Exceptions;

namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>What a Bot API failure means for the sender; Telegram tells errors apart by their description.</summary>
public static class BotApiErrors
{
    /// <summary>Worth retrying: 429 (after <c>retry_after</c>), 5xx, timeouts and network failures.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        ApiRequestException { ErrorCode: 429 or >= 500 } => true,
        ApiRequestException => false,
        RequestException { HttpStatusCode: { } status } => (int)status >= 500 || status == HttpStatusCode.RequestTimeout || status == HttpStatusCode.TooManyRequests,
        RequestException or HttpRequestException or IOException or TimeoutException => true,
        TaskCanceledException { InnerException: TimeoutException } => true,
        _ => false,
    };

    /// <summary>The error's code for metrics: the Bot API's <c>error_code</c>, the HTTP status, or <c>network</c>.</summary>
    public static string Code(Exception exception) => exception switch
    {
        ApiRequestException api => api.ErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
        RequestException { HttpStatusCode: { } status } => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "network",
    };

    /// <summary>The wait Telegram asked for, if it did.</summary>
    public static TimeSpan? RetryAfter(Exception? exception) =>
        exception is ApiRequestException { Parameters.RetryAfter: int seconds } && seconds >= 0 ? TimeSpan.FromSeconds(seconds) : null;

    /// <summary>An edit that changes nothing: the message already shows what was wanted.</summary>
    public static bool IsNotModified(Exception exception) => Is(exception, 400, "message is not modified");

    /// <summary>The person blocked the bot or deleted their account: stop sending to them.</summary>
    public static bool IsBlocked(Exception exception) =>
        Is(exception, 403, "bot was blocked by the user") || Is(exception, 403, "user is deactivated");

    /// <summary>The chat cannot be written to (never started the bot, bot removed from the group, chat gone).</summary>
    public static bool IsUnreachable(Exception exception) =>
        exception is ApiRequestException { ErrorCode: 403 } || Is(exception, 400, "chat not found");

    /// <summary>The edit cannot be done (too old, deleted, a photo): send a new message instead.</summary>
    public static bool IsUneditable(Exception exception) =>
        Is(exception, 400, "message to edit not found") || Is(exception, 400, "message can't be edited")
        || Is(exception, 400, "there is no text in the message to edit") || Is(exception, 400, "message_id_invalid");

    public static bool IsMarkupRejected(Exception exception) => Is(exception, 400, "can't parse entities");

    /// <summary>The button press is too old to answer; nothing is lost by not answering it.</summary>
    public static bool IsStaleQuery(Exception exception) => Is(exception, 400, "query is too old") || Is(exception, 400, "query id is invalid");

    private static bool Is(Exception exception, int code, string description) =>
        exception is ApiRequestException api && api.ErrorCode == code && api.Message.Contains(description, StringComparison.OrdinalIgnoreCase);
}
