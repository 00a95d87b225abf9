using System.Globalization;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>
/// Decides which Bot API calls show a conversation result: the first reply that replaces its source
/// edits the pressed message; private replies to group inputs go to the user's private chat; an image
/// carries its text as caption when that fits in 1024 characters, else the text follows it; text over
/// Telegram's 4096 characters is split at safe points with the buttons under the last part.
/// </summary>
public static class ReplyPlanner
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;
    private const int SplitBudget = 4000;

    public static IReadOnlyList<OutboundBatch> Plan(ChatInput input, ConversationResult result)
    {
        var sourceChat = long.Parse(input.ChatId, CultureInfo.InvariantCulture);
        var batches = new List<(long Chat, List<OutboundOperation> Operations)>();
        var editMessageId = input.SourceMessageId is { } source && int.TryParse(source, CultureInfo.InvariantCulture, out var id) ? id : (int?)null;

        if (result.Toast is { Length: > 0 } toast && input.Kind != InputKind.Button)
        {
            // Only a pressed button has a place for a toast; elsewhere it becomes a message.
            OperationsFor(batches, sourceChat).AddRange(ForText(ReplyFactory.Plain(toast).Text, []));
        }

        foreach (var reply in result.Replies)
        {
            var toPrivate = reply.IsPrivate && !input.IsPrivateChat;
            var chat = toPrivate ? input.UserId : sourceChat;
            var operations = OperationsFor(batches, chat);
            if (reply.ReplacesSource && !toPrivate && reply.Image is null && editMessageId is { } messageId && Fits(reply.Text, MaxTextLength))
            {
                operations.Add(new OutboundOperation
                {
                    Kind = OutboundKind.Edit,
                    MessageId = messageId,
                    Html = reply.Text.Html,
                    Plain = reply.Text.Plain,
                    Buttons = reply.Buttons,
                });
                editMessageId = null;
                continue;
            }

            operations.AddRange(ForReply(reply));
        }

        return batches.Where(b => b.Operations.Count > 0).Select(b => new OutboundBatch(b.Chat, b.Operations)).ToList();
    }

    /// <summary>
    /// The batches with the first message to <paramref name="chatId"/> edited into <paramref name="previewMessageId"/>
    /// (the message that showed the answer as it was written) instead of being sent as a new one.
    /// </summary>
    public static IReadOnlyList<OutboundBatch> ReplacingPreview(IReadOnlyList<OutboundBatch> batches, long chatId, int previewMessageId)
    {
        var replaced = false;
        return [.. batches.Select(batch =>
        {
            if (replaced || batch.ChatId != chatId || batch.Operations.Count == 0 || batch.Operations[0].Kind != OutboundKind.Text)
            {
                return batch;
            }

            replaced = true;
            var first = batch.Operations[0] with { Kind = OutboundKind.Edit, MessageId = previewMessageId };
            return batch with { Operations = [first, .. batch.Operations.Skip(1)] };
        })];
    }

    /// <summary>The calls for one reply sent on its own (broadcasts, notices).</summary>
    public static IReadOnlyList<OutboundOperation> ForReply(Reply reply)
    {
        if (reply.Image is not { } image)
        {
            return ForText(reply.Text, reply.Buttons);
        }

        var captioned = reply.Text.Plain.Length > 0 && Fits(reply.Text, MaxCaptionLength);
        var photo = new OutboundOperation
        {
            Kind = OutboundKind.Photo,
            Photo = image.Png.ToArray(),
            PhotoFileName = image.FileName,
            Html = captioned ? reply.Text.Html : "",
            Plain = captioned ? reply.Text.Plain : "",
            Buttons = captioned ? reply.Buttons : [],
        };
        return captioned ? [photo] : [photo, .. ForText(reply.Text, reply.Buttons)];
    }

    private static List<OutboundOperation> ForText(RichText text, IReadOnlyList<IReadOnlyList<Button>> buttons)
    {
        if (text.Plain.Trim().Length == 0 && text.Html.Trim().Length == 0)
        {
            return [];
        }

        var parts = Fits(text, MaxTextLength) ? [text] : HtmlPageSplitter.Split(text, SplitBudget);
        return parts.Select((part, i) => new OutboundOperation
        {
            Kind = OutboundKind.Text,
            Html = part.Html,
            Plain = part.Plain,
            Buttons = i == parts.Count - 1 ? buttons : [],
        }).ToList();
    }

    // Telegram counts the limit on the text after its markup is parsed, which is the plain text.
    private static bool Fits(RichText text, int limit) => text.Plain.Length <= limit;

    private static List<OutboundOperation> OperationsFor(List<(long Chat, List<OutboundOperation> Operations)> batches, long chat)
    {
        foreach (var (existing, operations) in batches)
        {
            if (existing == chat)
            {
                return operations;
            }
        }

        var created = new List<OutboundOperation>();
        batches.Add((chat, created));
        return created;
    }
}
