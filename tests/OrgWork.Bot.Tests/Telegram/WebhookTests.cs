using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary>Webhook mode: the service registers itself and takes updates on <c>POST /telegram/webhook</c>.</summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private const long User = 8001;
    private const string Secret = "s3cret_for-tests";
    private const string PublicUrl = "https://bot.example.org/telegram/webhook";
    private readonly TestFolder _folder = new();
    private FakeBotApi _api = null!;
    private RunningBot _bot = null!;
    private int _updateIds = 500;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _bot = await RunningBot.StartAsync(_api, _folder, $"--Telegram:WebhookUrl={PublicUrl}", $"--Telegram:WebhookSecret={Secret}");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task StartUpSetsTheWebhookWithSecretAndAllowedUpdates()
    {
        var set = await _api.WaitForAsync(c => c.Method == "setWebhook", Wait.Long);
        Assert.Equal(PublicUrl, set.Parameter("url"));
        Assert.Equal(Secret, set.Parameter("secret_token"));
        var allowed = set.Parameters["allowed_updates"]!.AsArray().Select(u => u!.ToString()).ToList();
        Assert.Equal(["message", "callback_query", "my_chat_member"], allowed);
        Assert.DoesNotContain(_api.Calls, c => c.Method == "getUpdates");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    [InlineData("s3cret_for-test")]
    public async Task AWrongOrMissingSecretIsForbiddenAndNothingHappens(string? secret)
    {
        using var response = await PostAsync(NewUpdate("/start"), secret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await _bot.QueryAsync(db => db.ProcessedUpdates.AnyAsync()));
    }

    [Fact]
    public async Task TheSameUpdateDeliveredTwiceIsAppliedOnce()
    {
        var update = NewUpdate("/start");
        using var first = await PostAsync(update, Secret);
        using var second = await PostAsync(update, Secret);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await _api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long);
        using var marker = await PostAsync(NewUpdate("/help"), Secret);
        await _api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long, skip: 1);

        Assert.Equal(2, _api.Calls.Count(c => c.Method == "sendMessage"));
        Assert.Equal(2, await _bot.QueryAsync(db => db.ProcessedUpdates.CountAsync()));
    }

    [Fact]
    public async Task ABodyThatIsNoUpdateIsABadRequest()
    {
        using var content = new StringContent("not json", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_bot.Address, "/telegram/webhook")) { Content = content };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var http = new HttpClient();
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private JsonObject NewUpdate(string text)
    {
        var update = _api.Updates.Text(User, text);
        update["update_id"] = ++_updateIds;
        return update;
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject update, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_bot.Address, "/telegram/webhook"))
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        using var http = new HttpClient();
        return await http.SendAsync(request);
    }
}
