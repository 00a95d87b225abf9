using System.Text.Json.Nodes;

namespace OrgWork.Bot.FakeTelegram;

/// <summary>Message objects as the Bot API returns them for the bot's own messages.</summary>
internal static class FakeMessages
{
    public static JsonObject Message(int messageId, long chatId, string? text)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = new JsonObject { ["id"] = FakeBotApi.BotId, ["is_bot"] = true, ["first_name"] = "Bot", ["username"] = FakeBotApi.BotUsername },
            ["chat"] = FakeUpdates.Chat(chatId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        };
        if (text is not null)
        {
            message["text"] = text;
        }

        return message;
    }
}
