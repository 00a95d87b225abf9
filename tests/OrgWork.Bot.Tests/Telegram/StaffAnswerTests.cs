using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary>The staff queue on Telegram (webhook mode, fake Bot API): a staff reply is pushed to the asker at once.</summary>
public sealed class StaffAnswerTests : IAsyncLifetime
{
    private const long Asker = 8201;
    private const long Staff = 8299;
    private const string Secret = "s3cret_for-tests";
    private readonly TestFolder _folder = new();
    private FakeBotApi _api = null!;
    private RunningBot _bot = null!;
    private int _updateIds = 1900;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
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
            "--Telegram:WebhookUrl=https://bot.example.org/telegram/webhook", $"--Telegram:WebhookSecret={Secret}", $"--Bot:Admins:0={Staff}");
        await _api.WaitForAsync(c => c.Method == "setWebhook", Wait.Long);
        await _bot.Services.GetRequiredService<PolicyIndex>().RefreshAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task AnUnansweredQuestionIsQueuedAndTheStaffReplyIsSentToTheAskerOnTelegram()
    {
        await PostAsync(Asker, "火星基地的建设标准是什么？");
        await _api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == Asker && c.Text!.Contains(UiText.PolicyNotFound, StringComparison.Ordinal), Wait.Long);
        var number = await _bot.QueryAsync(db => db.Set<StaffQueueItem>().Select(i => i.Id).SingleAsync());

        await PostAsync(Staff, "/queue");
        var queue = await _api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == Staff && c.Text!.Contains("火星基地", StringComparison.Ordinal), Wait.Long);
        await PostAsync(Staff, $"/answer {number} 目前没有这方面的规定，请咨询县委组织部。");
        var notice = await _api.WaitForAsync(
            c => c.Method == "sendMessage" && c.ChatId == Asker && c.Text!.Contains("目前没有这方面的规定", StringComparison.Ordinal), Wait.Long);

        Assert.Contains($"#{number}", queue.Text, StringComparison.Ordinal);
        Assert.Contains("火星基地的建设标准是什么", notice.Text, StringComparison.Ordinal);
        var delivered = await _bot.QueryAsync(db => db.Set<MemberNotice>().SingleAsync());
        Assert.NotNull(delivered.DeliveredAt);
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
