using System.Globalization;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Flood;
using OrgWork.Bot.Core.Diagnostics;
using OrgWork.Bot.Telegram.Outbound;
using Telegram.Bot.Types;

namespace OrgWork.Bot.Telegram.Inbound;

/// <summary>
/// Handles one update: flood control, the text length bound (<see cref="InputLimits"/>), the engine (which commits the update id, its effects and its
/// replies in one transaction), then the callback answer and the replies, queued in the chat's send lane.
/// Returns once the update is committed, so the caller may confirm it to Telegram. When the turn goes into slow
/// work (a model answer, an upload's download), the chat shows "typing" until it ends and <c>detach</c> is called,
/// so the chat's next updates need not wait behind it. When a model streams the answer, a message shows it growing
/// (<see cref="StreamingMessage"/>) and the final answer, with its sources and buttons, replaces that message.
/// </summary>
public sealed class UpdateProcessor(
    UpdateMapper mapper,
    IFloodGuard flood,
    IConversationEngine engine,
    ReplyDispatcher outbound,
    TypingIndicator typing,
    TelegramSender sender,
    IOptions<TelegramOptions> options,
    LearnerActivity learners,
    OrgWorkMetrics metrics,
    TimeProvider time,
    ILogger<UpdateProcessor> logger)
{
    /// <summary>The chat whose order an update must keep (its key for dispatching).</summary>
    public long ChatKeyOf(Update update) => mapper.Map(update).ChatId;

    public async Task ProcessAsync(Update update, Action detach, CancellationToken cancellationToken)
    {
        var received = time.GetTimestamp();
        var mapped = mapper.Map(update);
        if (mapped.UserActive is { } active)
        {
            await learners.SetActiveAsync(mapped.UserId, active, cancellationToken);
            return;
        }

        if (mapped.Input is not { } input)
        {
            logger.LogDebug("Update {UpdateId} ({Type}) is not for the bot; ignored", update.Id, update.Type);
            return;
        }

        var verdict = await flood.CheckAsync(input.UserId, cancellationToken);
        if (verdict != FloodVerdict.Allowed)
        {
            await DropAsync(update, mapped, verdict, cancellationToken);
            return;
        }

        if (InputLimits.IsTooLong(input))
        {
            // Neither processed nor recorded: a text Telegram itself would not carry only reaches us through a forged or
            // misbehaving sender, and storing it would be the cost we bound.
            logger.LogWarning("Update {UpdateId} from user {UserId} has {Length} characters of text, over {Limit}; answered with the limit, not processed",
                update.Id, mapped.UserId, input.Text.Length, InputLimits.MaxTextLength);
            await outbound.EnqueueAsync(deliveryId: null, new OutboundBatch(mapped.ChatId, ReplyPlanner.ForReply(InputLimits.TooLongNotice())), cancellationToken);
            return;
        }

        IAsyncDisposable? typingShown = null;
        StreamingMessage? streaming = null;
        int? streamedMessageId = null;
        var callbackAnswered = false;
        ConversationResult result;
        void Pending()
        {
            typingShown = typing.Start(mapped.ChatId, cancellationToken);
            if (mapped.CallbackQueryId is { } pendingQuery)
            {
                // Stop the button's spinner now; the answer follows as a message.
                callbackAnswered = true;
                _ = outbound.EnqueueAnswerAsync(mapped.ChatId, pendingQuery, null, cancellationToken).AsTask();
            }

            detach();
        }

        void Writing(string textSoFar) =>
            (streaming ??= new StreamingMessage(sender, mapped.ChatId, options.Value.StreamEditInterval, time, cancellationToken)).Update(textSoFar);

        try
        {
            result = await engine.HandleAsync(input, TurnObserver.OnPending(Pending, Writing), cancellationToken);
        }
        finally
        {
            if (streaming is not null)
            {
                streamedMessageId = await streaming.FinishAsync(cancellationToken);
            }

            if (typingShown is not null)
            {
                await typingShown.DisposeAsync();
            }
        }

        if (mapped.CallbackQueryId is { } queryId && !callbackAnswered)
        {
            // In the chat's send lane, ahead of the replies: the update's own lane moves on at once.
            await outbound.EnqueueAnswerAsync(mapped.ChatId, queryId, result.Toast, cancellationToken);
        }

        if (result.WasDuplicate)
        {
            logger.LogInformation("Update {UpdateId} was already applied; not applying it again", update.Id);
            return;
        }

        var batches = ReplyPlanner.Plan(input, result);
        if (streamedMessageId is { } previewId)
        {
            batches = ReplyPlanner.ReplacingPreview(batches, mapped.ChatId, previewId);
        }

        foreach (var batch in batches)
        {
            var claim = $"{input.DeliveryId}|{batch.ChatId.ToString(CultureInfo.InvariantCulture)}";
            outbound.TryClaim(claim);
            await outbound.EnqueueAsync(input.DeliveryId, batch, cancellationToken, () =>
            {
                outbound.Release(claim);
                metrics.ReplySent(TelegramChannel.Name, time.GetElapsedTime(received));
            });
        }
    }

    private async Task DropAsync(Update update, MappedUpdate mapped, FloodVerdict verdict, CancellationToken cancellationToken)
    {
        logger.LogWarning("Flood control: dropped update {UpdateId} from user {UserId} unprocessed", update.Id, mapped.UserId);
        if (mapped.CallbackQueryId is { } queryId)
        {
            await outbound.EnqueueAnswerAsync(mapped.ChatId, queryId, verdict == FloodVerdict.ThrottledWithNotice ? UiText.TooFast : null, cancellationToken);
        }
        else if (verdict == FloodVerdict.ThrottledWithNotice)
        {
            var notice = new OutboundBatch(mapped.ChatId, ReplyPlanner.ForReply(ReplyFactory.Plain(UiText.TooFast)));
            await outbound.EnqueueAsync(deliveryId: null, notice, cancellationToken);
        }
    }
}
