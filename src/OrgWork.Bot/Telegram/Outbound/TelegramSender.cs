using OrgWork.Bot.Core.Conversation;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using TgInputFile = Telegram.Bot.Types.InputFile;

namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>
/// The one outbound pipeline: every call that shows something to a user goes through here, with the
/// retries of <see cref="TelegramResilience.Sending"/> and the meaning of Telegram's refusals applied
/// (an unchanged edit is a success, a block marks the learner inactive, an impossible edit becomes a
/// new message, rejected markup is resent as plain text).
/// </summary>
public sealed class TelegramSender(ITelegramBotClient bot, TelegramResilience resilience, LearnerActivity learners, ILogger<TelegramSender> logger)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public async Task<SendReport> SendAsync(long chatId, IReadOnlyList<OutboundOperation> operations, CancellationToken cancellationToken)
    {
        for (var i = 0; i < operations.Count; i++)
        {
            try
            {
                await SendOneAsync(chatId, operations[i], cancellationToken);
            }
            catch (Exception ex) when (BotApiErrors.IsBlocked(ex))
            {
                logger.LogInformation("Chat {ChatId} blocked the bot; dropping {Count} messages", chatId, operations.Count - i);
                await learners.SetActiveAsync(chatId, isActive: false, cancellationToken);
                return new SendReport(SendOutcome.Blocked, i);
            }
            catch (Exception ex) when (BotApiErrors.IsTransient(ex))
            {
                logger.LogWarning(ex, "Sending to chat {ChatId} failed after retries; {Count} messages left for later", chatId, operations.Count - i);
                return new SendReport(SendOutcome.Failed, i);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Telegram rejected a {Kind} for chat {ChatId}; dropping {Count} messages", operations[i].Kind, chatId, operations.Count - i);
                return new SendReport(SendOutcome.Rejected, i);
            }
        }

        return new SendReport(SendOutcome.Delivered, operations.Count);
    }

    /// <summary>
    /// Sends the first preview of an answer being written, as plain text without buttons; the message's id, or null when
    /// it could not be sent (a preview is best effort: the final answer is sent either way).
    /// </summary>
    public async Task<int?> SendPreviewAsync(long chatId, string text, CancellationToken cancellationToken)
    {
        try
        {
            var message = await bot.SendMessage(chatId, text, ParseMode.None, linkPreviewOptions: NoPreview, cancellationToken: cancellationToken);
            return message.MessageId;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogInformation(ex, "Could not show the answer being written in chat {ChatId}", chatId);
            return null;
        }
    }

    /// <summary>Shows more of the answer being written in the preview message; best effort, like the preview itself.</summary>
    public async Task EditPreviewAsync(long chatId, int messageId, string text, CancellationToken cancellationToken)
    {
        try
        {
            await bot.EditMessageText(chatId, messageId, text, ParseMode.None, linkPreviewOptions: NoPreview, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogDebug(ex, "Could not update the answer being written in chat {ChatId}", chatId);
        }
    }

    /// <summary>Stops the button's spinner, showing <paramref name="text"/> as a toast if given. Never throws for a stale query.</summary>
    public async Task AnswerButtonAsync(string callbackQueryId, string? text, CancellationToken cancellationToken)
    {
        try
        {
            await resilience.Sending.ExecuteAsync(
                async ct => await bot.AnswerCallbackQuery(callbackQueryId, text, cancellationToken: ct),
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A stale query (the process restarted) or an outage: the user's client stops the spinner by itself.
            logger.LogInformation(ex, "Could not answer button query {QueryId}", callbackQueryId);
        }
    }

    private async Task SendOneAsync(long chatId, OutboundOperation operation, CancellationToken cancellationToken)
    {
        try
        {
            await CallAsync(chatId, operation, ParseMode.Html, cancellationToken);
        }
        catch (Exception ex) when (BotApiErrors.IsMarkupRejected(ex))
        {
            logger.LogWarning(ex, "Telegram could not parse the HTML of a message to chat {ChatId}; sending it as plain text", chatId);
            await CallAsync(chatId, operation, ParseMode.None, cancellationToken);
        }
    }

    private async Task CallAsync(long chatId, OutboundOperation operation, ParseMode parseMode, CancellationToken cancellationToken)
    {
        var text = parseMode == ParseMode.Html ? operation.Html : operation.Plain;
        var keyboard = Keyboard(operation.Buttons);
        switch (operation.Kind)
        {
            case OutboundKind.Edit when operation.MessageId is { } messageId:
                try
                {
                    await resilience.Sending.ExecuteAsync(
                        async ct => await bot.EditMessageText(chatId, messageId, text, parseMode, keyboard, NoPreview, cancellationToken: ct),
                        cancellationToken);
                }
                catch (Exception ex) when (BotApiErrors.IsNotModified(ex))
                {
                    // Pressing the same page twice: the message already shows it.
                }
                catch (Exception ex) when (BotApiErrors.IsUneditable(ex))
                {
                    logger.LogInformation("Message {MessageId} in chat {ChatId} cannot be edited; sending a new one", messageId, chatId);
                    await SendTextAsync(chatId, text, parseMode, keyboard, cancellationToken);
                }

                break;
            case OutboundKind.Photo:
                await resilience.Sending.ExecuteAsync(
                    async ct =>
                    {
                        // A fresh stream per attempt: a retried upload must start from the beginning.
                        using var png = new MemoryStream(operation.Photo ?? []);
                        await bot.SendPhoto(
                            chatId,
                            TgInputFile.FromStream(png, operation.PhotoFileName ?? "image.png"),
                            caption: text.Length > 0 ? text : null,
                            parseMode: parseMode,
                            replyMarkup: keyboard,
                            cancellationToken: ct);
                    },
                    cancellationToken);
                break;
            default:
                await SendTextAsync(chatId, text, parseMode, keyboard, cancellationToken);
                break;
        }
    }

    private async Task SendTextAsync(long chatId, string text, ParseMode parseMode, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken) =>
        await resilience.Sending.ExecuteAsync(
            async ct => await bot.SendMessage(chatId, text, parseMode, replyMarkup: keyboard, linkPreviewOptions: NoPreview, cancellationToken: ct),
            cancellationToken);

    private static InlineKeyboardMarkup? Keyboard(IReadOnlyList<IReadOnlyList<Button>> rows) =>
        rows.Count == 0
            ? null
            : new InlineKeyboardMarkup(rows.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data))));
}
