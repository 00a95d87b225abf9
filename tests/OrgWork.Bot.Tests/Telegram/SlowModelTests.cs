using System.Text;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary>
/// Webhook mode with a model that answers only when the test lets it (a fake OpenAI server on loopback): while one
/// member's question waits, the chat shows "typing" and every other update — the same member's included — is answered.
/// </summary>
public sealed class SlowModelTests : IAsyncLifetime
{
    private const long Asker = 8101;
    private const long Other = 8102;
    private const string Secret = "s3cret_for-tests";
    private readonly TestFolder _folder = new();
    private FakeBotApi _api = null!;
    private FakeOpenAiServer _model = null!;
    private RunningBot _bot = null!;
    private int _updateIds = 900;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _model = await FakeOpenAiServer.StartAsync();
        _model.Reply = "生活确有困难的党员，经批准可以少交或者免交党费[1]。";
        var policies = Path.Combine(_folder.ContentRoot, "policies");
        Directory.CreateDirectory(policies);
        await File.WriteAllTextAsync(Path.Combine(policies, "dangfei.md"), """
            ---
            title: 党费收缴使用管理规定
            ---
            ## 第二章 收缴与减免

            第九条 对于生活确有困难的党员，经党支部委员会讨论并报上一级党委批准，可以少交或者免交党费。
            """);
        _bot = await RunningBot.StartAsync(
            _api, _folder,
            "--Telegram:WebhookUrl=https://bot.example.org/telegram/webhook", $"--Telegram:WebhookSecret={Secret}",
            $"--Ai:Endpoint={_model.Endpoint}", "--Ai:ChatModel=test-model", "--Ai:Streaming=false", "--Ai:TimeoutSeconds=60");
        await _api.WaitForAsync(c => c.Method == "setWebhook", Wait.Long);
    }

    public async Task DisposeAsync()
    {
        _model.ReleaseChat();
        await _bot.DisposeAsync();
        await _model.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task WhileAQuestionWaitsOnTheModelTheChatShowsTypingAndEveryoneElseIsAnswered()
    {
        _model.HoldChat();
        var asking = PostAsync(Asker, "生活困难的党员可以免交党费吗？");
        await _model.WaitForChatRequestsAsync(1, Wait.Long);
        await _api.WaitForAsync(c => c.Method == "sendChatAction" && c.ChatId == Asker && c.Parameter("action") == "typing", Wait.Long);

        await PostAsync(Other, "/help");
        var help = await _api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == Other, Wait.Long);
        await PostAsync(Asker, "/courses");
        var courses = await _api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == Asker, Wait.Long);

        Assert.Contains(UiText.HelpTitle, help.Text, StringComparison.Ordinal);
        Assert.Contains(UiText.CatalogueTitle, courses.Text, StringComparison.Ordinal);
        Assert.False(asking.IsCompleted, "the webhook answered before the question was committed");
        _model.ReleaseChat();
        await asking.WaitAsync(Wait.Long);
        var answer = await _api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == Asker && c.Text!.Contains("少交或者免交党费", StringComparison.Ordinal), Wait.Long);
        Assert.True(answer.At > courses.At);
    }

    private async Task PostAsync(long user, string text)
    {
        var update = _api.Updates.Text(user, text);
        update["update_id"] = Interlocked.Increment(ref _updateIds);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_bot.Address, "/telegram/webhook"))
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}
