using System.Text.Json.Nodes;

namespace OrgWork.Bot.FakeTelegram;

/// <summary>Update bodies (without <c>update_id</c>) as Telegram would send them.</summary>
public sealed class FakeUpdates
{
    private int _messageIds = 1_000_000;
    private int _queryIds;

    public JsonObject Text(long userId, string text, long? chatId = null, string firstName = "测试") =>
        new() { ["message"] = Message(userId, chatId ?? userId, text, firstName) };

    public JsonObject Button(long userId, long chatId, int messageId, string data, string firstName = "测试") => new()
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = $"q{Interlocked.Increment(ref _queryIds)}",
            ["from"] = User(userId, firstName),
            ["message"] = new JsonObject
            {
                ["message_id"] = messageId,
                ["date"] = Now(),
                ["chat"] = Chat(chatId),
                ["from"] = new JsonObject { ["id"] = FakeBotApi.BotId, ["is_bot"] = true, ["first_name"] = "Bot", ["username"] = FakeBotApi.BotUsername },
                ["text"] = "…",
            },
            ["chat_instance"] = $"ci{chatId}",
            ["data"] = data,
        },
    };

    /// <summary>The person blocked the bot (<c>kicked</c>) or unblocked it (<c>member</c>).</summary>
    public static JsonObject MyChatMember(long userId, string newStatus) => new()
    {
        ["my_chat_member"] = new JsonObject
        {
            ["chat"] = Chat(userId),
            ["from"] = User(userId, "测试"),
            ["date"] = Now(),
            ["old_chat_member"] = new JsonObject { ["status"] = newStatus == "kicked" ? "member" : "kicked", ["user"] = BotUser() },
            ["new_chat_member"] = newStatus == "kicked"
                ? new JsonObject { ["status"] = "kicked", ["user"] = BotUser(), ["until_date"] = 0 }
                : new JsonObject { ["status"] = "member", ["user"] = BotUser() },
        },
    };

    private JsonObject Message(long userId, long chatId, string text, string firstName)
    {
        var message = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _messageIds),
            ["from"] = User(userId, firstName),
            ["chat"] = Chat(chatId, firstName),
            ["date"] = Now(),
            ["text"] = text,
        };
        if (text.StartsWith('/'))
        {
            var length = text.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? space : text.Length;
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length });
        }

        return message;
    }

    private static JsonObject User(long id, string firstName) =>
        new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = firstName, ["language_code"] = "zh-hans" };

    private static JsonObject BotUser() =>
        new() { ["id"] = FakeBotApi.BotId, ["is_bot"] = true, ["first_name"] = "Bot", ["username"] = FakeBotApi.BotUsername };

    /// <summary>Negative ids are groups, as in Telegram.</summary>
    public static JsonObject Chat(long id, string firstName = "测试") => id < 0
        ? new JsonObject { ["id"] = id, ["type"] = "supergroup", ["title"] = "党支部学习群" }
        : new JsonObject { ["id"] = id, ["type"] = "private", ["first_name"] = firstName };

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}
