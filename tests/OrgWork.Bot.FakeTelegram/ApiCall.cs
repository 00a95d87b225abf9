using System.Text.Json.Nodes;

namespace OrgWork.Bot.FakeTelegram;

/// <summary>One Bot API request the fake received, with its parameters as the bot sent them.</summary>
public sealed record ApiCall(string Method, JsonObject Parameters, DateTimeOffset At)
{
    /// <summary>The message the fake created for this call (send methods), if it succeeded.</summary>
    public int? CreatedMessageId { get; init; }

    /// <summary>Whether the fake answered with an error.</summary>
    public bool Failed { get; init; }

    public long? ChatId => Parameters["chat_id"] is { } id && long.TryParse(id.ToString(), out var chat) ? chat : null;

    /// <summary>The <c>message_id</c> parameter (edits).</summary>
    public int? MessageId => int.TryParse(Parameter("message_id"), out var id) ? id : null;

    public string? Text => (Parameters["text"] ?? Parameters["caption"])?.ToString();

    public string? Parameter(string name) => Parameters[name]?.ToString();

    /// <summary>The <c>callback_data</c> of every inline button, row by row.</summary>
    public IReadOnlyList<string> ButtonData => Buttons.Select(b => b.Data).ToList();

    public IReadOnlyList<(string Text, string Data)> Buttons =>
        Parameters["reply_markup"] is JsonObject { } markup && markup["inline_keyboard"] is JsonArray rows
            ? rows.OfType<JsonArray>()
                .SelectMany(row => row.OfType<JsonObject>())
                .Select(b => (b["text"]?.ToString() ?? "", b["callback_data"]?.ToString() ?? ""))
                .ToList()
            : [];
}
