using System.Text.Json;
using OrgWork.Bot.Hosting;
using OrgWork.Bot.Telegram.Inbound;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace OrgWork.Bot.Telegram;

/// <summary>
/// <c>POST /telegram/webhook</c>: 403 without the right secret header, 413 for a body over
/// <see cref="BodySizeLimit.TelegramUpdateBytes"/> (refused unread), 200 once the update is committed.
/// </summary>
public static class TelegramWebhookApi
{
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(TelegramChannel.WebhookPath, HandleAsync).WithBodySizeLimit(BodySizeLimit.TelegramUpdateBytes);
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, IServiceProvider services, ILogger<WebhookReceiver> logger, CancellationToken cancellationToken)
    {
        var receiver = services.GetService<WebhookReceiver>();
        if (receiver is not { IsEnabled: true })
        {
            return TypedResults.NotFound();
        }

        if (!receiver.IsAuthentic(request.Headers[TelegramChannel.SecretHeader]))
        {
            logger.LogWarning("Webhook call from {Address} without the right secret; refused", request.HttpContext.Connection.RemoteIpAddress);
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "Webhook call with a body that is not an update; refused");
            return TypedResults.BadRequest();
        }
        catch (BadHttpRequestException ex)
        {
            // The server stops reading at the endpoint's body limit (and when the client is too slow or breaks off).
            logger.LogWarning("Webhook call refused with {Status}: {Reason}", ex.StatusCode, ex.Message);
            return TypedResults.StatusCode(ex.StatusCode);
        }

        if (update is null)
        {
            return TypedResults.BadRequest();
        }

        try
        {
            await receiver.AcceptAsync(update, cancellationToken);
            return TypedResults.Ok();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Telegram redelivers after a failure; the engine recognises the update if it was applied after all.
            logger.LogError(ex, "Update {UpdateId} from the webhook failed", update.Id);
            return TypedResults.StatusCode(StatusCodes.Status500InternalServerError);
        }
    }
}
