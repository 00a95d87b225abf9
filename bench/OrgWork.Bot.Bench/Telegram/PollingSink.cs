using System.Text.Json.Nodes;
using OrgWork.Bot.FakeTelegram;

namespace OrgWork.Bot.Bench.Telegram;

/// <summary>Queues updates at the fake Bot API, where the service's long polling picks them up.</summary>
internal sealed class PollingSink(FakeBotApi api) : IUpdateSink
{
    public void Deliver(JsonObject update) => api.AddUpdate(update);
}
