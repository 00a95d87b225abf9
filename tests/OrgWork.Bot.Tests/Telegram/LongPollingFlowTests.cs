using System.Text;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary>The whole channel over real HTTP against the fake Bot API, by long polling.</summary>
public sealed class LongPollingFlowTests : IAsyncLifetime
{
    private const long User = 5001;
    private readonly TestFolder _folder = new();
    private FakeBotApi _api = null!;
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
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
    public async Task StartCoursesButtonLessonAndNextPageEditTheMessageInPlace()
    {
        _api.SendText(User, "/start");
        var welcome = await _api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == User, Wait.Long);
        // Telegram reads parse_mode case-insensitively; the library sends "Html".
        Assert.Equal("HTML", welcome.Parameter("parse_mode"), ignoreCase: true);
        Assert.Contains("欢迎", welcome.Text);

        _api.SendText(User, "/courses");
        var list = await _api.WaitForAsync(c => c.Method == "sendMessage" && c.Buttons.Any(b => b.Text == "党章基础"), Wait.Long);
        var courseButton = Assert.Single(list.Buttons, b => b.Text == "党章基础");

        _api.PressButton(User, User, list.CreatedMessageId!.Value, courseButton.Data);
        var course = await _api.WaitForAsync(c => c.Method == "editMessageText", Wait.Long);
        Assert.Equal(list.CreatedMessageId, course.MessageId);
        var lessonButton = Assert.Single(course.Buttons, b => b.Text.Contains("党章总纲", StringComparison.Ordinal));

        _api.PressButton(User, User, list.CreatedMessageId.Value, lessonButton.Data);
        var page1 = await _api.WaitForAsync(c => c.Method == "editMessageText", Wait.Long, skip: 1);
        Assert.Contains("第 1/", page1.Text);
        var next = Assert.Single(page1.Buttons, b => b.Text == UiText.ButtonNext);

        _api.PressButton(User, User, list.CreatedMessageId.Value, next.Data);
        var page2 = await _api.WaitForAsync(c => c.Method == "editMessageText", Wait.Long, skip: 2);
        Assert.Contains("第 2/", page2.Text);
        Assert.Equal(list.CreatedMessageId, page2.MessageId);

        await _api.WaitForAsync(c => c.Method == "answerCallbackQuery", Wait.Long, skip: 2);
        var calls = _api.Calls;
        Assert.Equal(2, calls.Count(c => c.Method == "sendMessage"));
        Assert.Equal(3, calls.Count(c => c.Method == "answerCallbackQuery"));
        Assert.All(calls.SelectMany(c => c.ButtonData), data => Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, 64));
    }

    [Fact]
    public async Task CommandMenuIsRegisteredWithChineseDescriptions()
    {
        var menu = await _api.WaitForAsync(c => c.Method == "setMyCommands", Wait.Long);
        var commands = menu.Parameters["commands"]!.AsArray().Select(c => (Name: c!["command"]!.ToString(), Description: c["description"]!.ToString())).ToList();
        Assert.Contains(("start", UiText.CommandStart), commands);
        Assert.Contains(("courses", UiText.CommandCourses), commands);
        Assert.Contains(("help", UiText.CommandHelp), commands);
        await _api.WaitForAsync(c => c.Method == "deleteWebhook", Wait.Long);
    }

    [Fact]
    public async Task AForgedOrStaleButtonGetsAPoliteAnswerAndNothingElse()
    {
        _api.PressButton(User, User, messageId: 77, data: "1:c:../../etc/passwd");
        _api.PressButton(User, User, messageId: 77, data: "9:l:old-version:1");
        var first = await _api.WaitForAsync(c => c.Method == "answerCallbackQuery", Wait.Long);
        var second = await _api.WaitForAsync(c => c.Method == "answerCallbackQuery", Wait.Long, skip: 1);

        Assert.Equal(UiText.StaleButton, first.Parameter("text"));
        Assert.Equal(UiText.StaleButton, second.Parameter("text"));
        Assert.DoesNotContain(_api.Calls, c => c.Method is "sendMessage" or "editMessageText");
    }

    [Fact]
    public async Task DeepLinkCodeReachesTheEngine()
    {
        _api.SendText(User, "/start BRANCH42");
        var welcome = await _api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long);
        Assert.Contains("欢迎", welcome.Text);
    }
}
