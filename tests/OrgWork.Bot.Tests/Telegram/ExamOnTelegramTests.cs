using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary>An exam sat on Telegram against the fake Bot API: each question replaces the last in one message, then the result.</summary>
public sealed class ExamOnTelegramTests : IAsyncLifetime
{
    private const long User = 5301;

    private readonly TestFolder _folder = new();
    private FakeBotApi _api = null!;
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
        var exams = Path.Combine(_folder.ContentRoot, "exams");
        Directory.CreateDirectory(exams);
        File.WriteAllText(Path.Combine(exams, "dangzhang.md"), """
            ---
            title: 党章知识测试
            minutes: 15
            opens: 2020-01-01
            closes: 2099-12-31
            ---
            ## 测验

            1. 入党誓词中要求党员做到的是？
               - [x] 永不叛党
               - [ ] 随意表态
            2. 预备党员的预备期一般为一年。
               - [x] 对
               - [ ] 错
            """);
        _api = await FakeBotApi.StartAsync();
        _bot = await RunningBot.StartAsync(_api, _folder);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _folder.Delete();
    }

    [Fact]
    public async Task QuestionsAreAskedInOneMessageWithTheTimeLeftThenTheResult()
    {
        _api.SendText(User, "/exam");
        var list = await _api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == User && c.Buttons.Any(b => b.Text.StartsWith("开始考试", StringComparison.Ordinal)), Wait.Long);

        _api.PressButton(User, User, list.CreatedMessageId!.Value, list.Buttons.Single(b => b.Text.StartsWith("开始考试", StringComparison.Ordinal)).Data);
        var first = await _api.WaitForAsync(c => c.Method == "sendMessage" && (c.Text ?? "").Contains("第 1/2 题", StringComparison.Ordinal), Wait.Long);
        Assert.Contains("剩余 15 分", first.Text ?? "", StringComparison.Ordinal);

        _api.PressButton(User, User, first.CreatedMessageId!.Value, first.Buttons[0].Data);
        var second = await _api.WaitForAsync(c => c.Method == "editMessageText" && (c.Text ?? "").Contains("第 2/2 题", StringComparison.Ordinal), Wait.Long);
        Assert.Equal(first.CreatedMessageId, second.MessageId);

        _api.PressButton(User, User, first.CreatedMessageId.Value, second.Buttons[0].Data);
        var done = await _api.WaitForAsync(c => c.Method == "editMessageText" && (c.Text ?? "").Contains("全部 2 题已作答", StringComparison.Ordinal), Wait.Long);

        _api.PressButton(User, User, first.CreatedMessageId.Value, done.Buttons.Single(b => b.Text.Contains("交卷", StringComparison.Ordinal)).Data);
        var result = await _api.WaitForAsync(c => c.Method == "editMessageText" && (c.Text ?? "").Contains("成绩", StringComparison.Ordinal), Wait.Long);
        Assert.Matches("得分 (0|50|100) 分", result.Text ?? "");
        Assert.Equal(first.CreatedMessageId, result.MessageId);
    }
}
