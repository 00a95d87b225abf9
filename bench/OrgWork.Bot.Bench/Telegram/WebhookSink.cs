using System.Text;
using System.Text.Json.Nodes;

namespace OrgWork.Bot.Bench.Telegram;

/// <summary>
/// Posts updates to the instances' webhooks in turn, as a load balancer in front of them would, with the
/// secret Telegram sends. Failed posts are counted (Telegram would retry them).
/// </summary>
internal sealed class WebhookSink(HttpClient http, IReadOnlyList<Uri> webhooks, string secret) : IUpdateSink
{
    private int _nextUpdateId = 1_000_000;
    private int _next;
    private int _failed;

    public int Failed => Volatile.Read(ref _failed);

    public void Deliver(JsonObject update)
    {
        update["update_id"] = Interlocked.Increment(ref _nextUpdateId);
        var target = webhooks[(int)((uint)Interlocked.Increment(ref _next) % webhooks.Count)];
        _ = PostAsync(target, update.ToJsonString());
    }

    private async Task PostAsync(Uri target, string body)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
            using var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref _failed);
            }
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref _failed);
        }
    }
}
