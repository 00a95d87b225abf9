using System.Text.RegularExpressions;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Flood;
using OrgWork.Bot.Core.Diagnostics;

namespace OrgWork.Bot.Web.Chat;

/// <summary>
/// The conversation engine as a web channel (<c>web</c>): one chat per learner (<c>web:ID</c>), so tabs and
/// devices share a policy conversation; replies become sanitised HTML, buttons keep the engine's payloads.
/// Every input passes the same flood control as Telegram's (<see cref="IFloodGuard"/>, counted per person across
/// channels and instances): over the limit the first is answered with a notice, the rest with nothing, unprocessed.
/// </summary>
public sealed partial class WebChannel(IConversationEngine engine, IFloodGuard flood, OrgWorkMetrics metrics, TimeProvider time, ILogger<WebChannel> logger)
{
    public const string ChannelName = "web";

    /// <param name="writing">Hears a model's answer as it is written (the text so far), for a page that streams it.</param>
    public async Task<ChatResponse?> HandleAsync(
        long learnerId, string displayName, ChatRequest request, CancellationToken cancellationToken, Action<string>? writing = null)
    {
        var chatId = $"{ChannelName}:{learnerId}";
        ChatInput input;
        if (request.Button is { Length: > 0 and <= 64 } data)
        {
            input = ChatInput.FromButton(ChannelName, chatId, learnerId, data, displayName);
        }
        else if (request.Text?.Trim() is { Length: > 0 } text)
        {
            if (InputLimits.IsTooLong(text))
            {
                // The page's own maxlength stops this; a post that gets past it is answered, not processed or stored.
                return new ChatResponse(null, [ToMessage(InputLimits.TooLongNotice())]);
            }

            input = ChatInput.FromText(ChannelName, chatId, learnerId, text, displayName);
        }
        else
        {
            return null;
        }

        return await HandleAsync(WithDeliveryId(input, learnerId, request.Id), writing, cancellationToken);
    }

    /// <summary>A file the page uploaded (a trainer's lesson, course zip or question bank), as Telegram's documents are.</summary>
    public async Task<ChatResponse> HandleFileAsync(long learnerId, string displayName, InputFile file, string? id, CancellationToken cancellationToken)
    {
        var chatId = $"{ChannelName}:{learnerId}";
        var input = new ChatInput { Channel = ChannelName, ChatId = chatId, UserId = learnerId, DisplayName = displayName, Kind = InputKind.File, File = file };
        return await HandleAsync(WithDeliveryId(input, learnerId, id), null, cancellationToken);
    }

    private async Task<ChatResponse> HandleAsync(ChatInput input, Action<string>? writing, CancellationToken cancellationToken)
    {
        var received = time.GetTimestamp();
        var verdict = await flood.CheckAsync(input.UserId, cancellationToken);
        if (verdict != FloodVerdict.Allowed)
        {
            logger.LogWarning("Flood control: dropped web input of user {UserId} unprocessed", input.UserId);
            return Throttled(input, verdict);
        }

        var observer = writing is null ? TurnObserver.None : TurnObserver.OnPending(static () => { }, writing);
        var result = await engine.HandleAsync(input, observer, cancellationToken);
        var response = new ChatResponse(result.Toast, [.. result.Replies.Select(ToMessage)]);
        metrics.ReplySent(ChannelName, time.GetElapsedTime(received));
        return response;
    }

    /// <summary>As on Telegram: a pressed button gets the notice as its toast, anything else as a message; then silence.</summary>
    private static ChatResponse Throttled(ChatInput input, FloodVerdict verdict)
    {
        if (verdict != FloodVerdict.ThrottledWithNotice)
        {
            return new ChatResponse(null, []);
        }

        return input.Kind == InputKind.Button
            ? new ChatResponse(UiText.TooFast, [])
            : new ChatResponse(null, [ToMessage(ReplyFactory.Plain(UiText.TooFast))]);
    }

    private static ChatInput WithDeliveryId(ChatInput input, long learnerId, string? id) =>
        id is not null && IdPattern().IsMatch(id) ? input with { DeliveryId = $"{ChannelName}:{learnerId}:{id}" } : input;

    internal static ChatMessage ToMessage(Reply reply) => new(
        ChatTableHtml.Sanitize(reply.Text.WebHtml),
        reply.ReplacesSource,
        [.. reply.Buttons.Select(row => (IReadOnlyList<ChatButton>)[.. row.Select(b => new ChatButton(b.Label, b.Data))])],
        reply.Image is { } image ? "data:image/png;base64," + Convert.ToBase64String(image.Png.Span) : null);

    [GeneratedRegex("^[A-Za-z0-9-]{8,64}$")]
    private static partial Regex IdPattern();
}
