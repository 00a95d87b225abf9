using System.Text.Json;

namespace OrgWork.Bot.Telegram.Outbound;

/// <summary>The outbox's JSON form of a batch's operations.</summary>
public static class OutboxPayload
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(IReadOnlyList<OutboundOperation> operations) => JsonSerializer.Serialize(operations, Options);

    public static IReadOnlyList<OutboundOperation> Deserialize(string payload) =>
        JsonSerializer.Deserialize<List<OutboundOperation>>(payload, Options) ?? [];
}
