using System.Text.Json.Nodes;

namespace OrgWork.Bot.Bench.Telegram;

/// <summary>How a simulated user's action reaches the service: queued for long polling, or posted to a webhook.</summary>
internal interface IUpdateSink
{
    void Deliver(JsonObject update);
}
