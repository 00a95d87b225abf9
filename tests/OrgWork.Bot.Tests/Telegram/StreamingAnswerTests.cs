using System.Text;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary>
/// A model that streams its answer (Semantic Kernel's OpenAI connector reading the fake server's chunks, which the test
/// lets out one at a time): the chat shows typing, then one message that grows as the answer is written, edited at most
/// once a second, and finally edited into the whole answer with its sources and buttons — no second message.
/// </summary>
public sealed class StreamingAnswerTests : IAsyncLifetime
{
    private const long Asker = 8201;
    private const string Secret = "s3cret_for-tests";
    private static readonly string[] Pieces = ["生活确有困难的党员，", "经党支部讨论批准，", "可以少交或者免交党费[1]。"];
    private readonly TestFolder _folder = new();
    private FakeBotApi _api = null!;
    private FakeOpenAiServer _model = null!;
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _model = await FakeOpenAiServer.StartAsync();
        _model.StreamPieces = Pieces;
        _model.Reply = string.Concat(Pieces);
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
            $"--Ai:Endpoint={_model.Endpoint}", "--Ai:ChatModel=test-model", "--Ai:Streaming=true", "--Ai:TimeoutSeconds=60");
        await _api.WaitForAsync(c => c.Method == "setWebhook", Wait.Long);
    }

    public async Task DisposeAsync()
    {
        _model.ReleaseStream();
        await _bot.DisposeAsync();
        await _model.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task TheAnswerGrowsInOneMessageEditedAtMostOnceASecondAndEndsWithItsSourcesAndButtons()
    {
        _model.AllowStreamPieces(1);
        var asking = PostAsync(Asker, "生活困难的党员可以免交党费吗？");
        var typing = await _api.WaitForAsync(c => c.Method == "sendChatAction" && c.ChatId == Asker, Wait.Long);
        var preview = await _api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == Asker, Wait.Long);
        Assert.StartsWith(Pieces[0], preview.Text, StringComparison.Ordinal);
        Assert.Contains(UiText.PolicyWriting, preview.Text, StringComparison.Ordinal);
        Assert.Empty(preview.Buttons);

        _model.AllowStreamPieces(2);
        var grown = await _api.WaitForAsync(c => c.Method == "editMessageText" && c.Text!.StartsWith(Pieces[0] + Pieces[1], StringComparison.Ordinal), Wait.Long);
        Assert.Equal(preview.CreatedMessageId, grown.MessageId);
        Assert.False(asking.IsCompleted, "the webhook was answered before the question was committed");

        _model.ReleaseStream();
        await asking.WaitAsync(Wait.Long);
        var final = await _api.WaitForAsync(c => c.Method == "editMessageText" && c.Buttons.Count > 0, Wait.Long);

        Assert.Equal(preview.CreatedMessageId, final.MessageId);
        Assert.StartsWith(_model.Reply, final.Text, StringComparison.Ordinal);
        Assert.Contains(UiText.PolicySourcesTitle, final.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(UiText.PolicyWriting, final.Text, StringComparison.Ordinal);
        Assert.Contains(final.Buttons, b => b.Text == UiText.ButtonHelpful);
        Assert.Contains(final.Buttons, b => b.Text == UiText.ButtonNotHelpful);
        Assert.True(typing.At <= preview.At);
        var shown = _api.Calls.Where(c => c.ChatId == Asker && c.Method is "sendMessage" or "editMessageText").ToList();
        Assert.Equal(1, shown.Count(c => c.Method == "sendMessage"));
        Assert.Equal(final, shown[^1]);
        // Each call starts at least a second after the previous one ended, so arrivals are at least a second apart
        // (a little tolerance: the service paces by its monotonic clock, the fake stamps the wall clock).
        foreach (var (earlier, later) in shown.Zip(shown.Skip(1)))
        {
            Assert.True(later.At - earlier.At >= TimeSpan.FromSeconds(0.98), $"{earlier.Method} at {earlier.At:O} then {later.Method} at {later.At:O}");
        }
    }

    private async Task PostAsync(long user, string text)
    {
        var update = _api.Updates.Text(user, text);
        update["update_id"] = 1000;
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
