using System.Globalization;
using OrgWork.Bot.Core.Conversation;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using ChatFile = OrgWork.Bot.Core.Conversation.InputFile;

namespace OrgWork.Bot.Telegram.Inbound;

/// <summary>
/// Turns Telegram updates into channel-neutral inputs. In groups only commands count: <c>/cmd</c> and
/// <c>/cmd@ThisBot</c> (the mention stripped); <c>/cmd@OtherBot</c> and ordinary chatter are ignored.
/// </summary>
public sealed class UpdateMapper(BotIdentity identity, TelegramFiles files)
{
    public MappedUpdate Map(Update update) => update switch
    {
        { Message: { Text: { } text, From: { IsBot: false } from } message } => MapText(update.Id, message, from, text),
        { Message: { Document: { } document, From: { IsBot: false } from, Chat.Type: ChatType.Private } message } =>
            MapDocument(update.Id, message, from, document),
        { CallbackQuery: { From: { IsBot: false } } query } => MapButton(update.Id, query),
        { MyChatMember: { Chat.Type: ChatType.Private, NewChatMember.Status: var status } member } => new MappedUpdate
        {
            UserActive = status is not (ChatMemberStatus.Kicked or ChatMemberStatus.Left),
            UserId = member.From.Id,
            ChatId = member.Chat.Id,
        },
        _ => MappedUpdate.Ignored,
    };

    private MappedUpdate MapText(int updateId, Message message, User from, string text)
    {
        var isPrivate = message.Chat.Type == ChatType.Private;
        var command = AddressedCommand(text);
        if (command is null && !isPrivate)
        {
            return MappedUpdate.Ignored;
        }

        return ForInput(message.Chat, from, NewInput(updateId, message.Chat, from, InputKind.Text) with { Text = command ?? text });
    }

    private MappedUpdate MapDocument(int updateId, Message message, User from, Document document)
    {
        var file = new ChatFile(document.FileName ?? document.FileUniqueId, document.FileSize ?? 0, ct => files.OpenAsync(document.FileId, ct));
        return ForInput(message.Chat, from, NewInput(updateId, message.Chat, from, InputKind.File) with { File = file, Text = message.Caption ?? "" });
    }

    private static MappedUpdate MapButton(int updateId, CallbackQuery query)
    {
        // A button under an inline-mode message has no chat: answer the user privately.
        var chat = query.Message?.Chat ?? new Chat { Id = query.From.Id, Type = ChatType.Private };
        var input = NewInput(updateId, chat, query.From, InputKind.Button) with
        {
            ButtonData = query.Data ?? "",
            SourceMessageId = query.Message?.Id.ToString(CultureInfo.InvariantCulture),
        };
        return ForInput(chat, query.From, input) with { CallbackQueryId = query.Id };
    }

    /// <summary>The command with any <c>@ThisBot</c> removed; null when the text is no command for this bot.</summary>
    private string? AddressedCommand(string text)
    {
        if (text.Length < 2 || text[0] != '/')
        {
            return null;
        }

        var end = text.AsSpan().IndexOfAny(' ', '\n', '\t');
        var head = end < 0 ? text : text[..end];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        return identity.IsMe(head[(at + 1)..]) ? head[..at] + (end < 0 ? "" : text[end..]) : null;
    }

    private static ChatInput NewInput(int updateId, Chat chat, User from, InputKind kind) => new()
    {
        Channel = TelegramChannel.Name,
        ChatId = chat.Id.ToString(CultureInfo.InvariantCulture),
        UserId = from.Id,
        DisplayName = DisplayName(from),
        Kind = kind,
        IsPrivateChat = chat.Type == ChatType.Private,
        DeliveryId = TelegramChannel.DeliveryId(updateId),
    };

    private static MappedUpdate ForInput(Chat chat, User from, ChatInput input) =>
        new() { Input = input, UserId = from.Id, ChatId = chat.Id };

    private static string DisplayName(User from)
    {
        var name = $"{from.FirstName} {from.LastName}".Trim();
        return name.Length > 0 ? name : from.Username ?? "";
    }
}
