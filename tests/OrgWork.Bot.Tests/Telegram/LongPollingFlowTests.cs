using System.Text;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary>The whole channel over real HTTP against the fake Bot API, by long polling.</summary>
public sealed class LongPollingFlowTests : PollingBotTest
{
    private const long User = 5001;

    [Fact]
    public async Task StartCoursesButtonLessonAndNextPageEditTheMessageInPlace()
    {
        Api.SendText(User, "/start");
        var welcome = await Api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == User, Wait.Long);
        // Telegram reads parse_mode case-insensitively; the library sends "Html".
        Assert.Equal("HTML", welcome.Parameter("parse_mode"), ignoreCase: true);
        Assert.Contains("欢迎", welcome.Text);

        Api.SendText(User, "/courses");
        var list = await Api.WaitForAsync(c => c.Method == "sendMessage" && c.Buttons.Any(b => b.Text == "党章基础"), Wait.Long);
        var courseButton = Assert.Single(list.Buttons, b => b.Text == "党章基础");

        Api.PressButton(User, User, list.CreatedMessageId!.Value, courseButton.Data);
        var course = await Api.WaitForAsync(c => c.Method == "editMessageText", Wait.Long);
        Assert.Equal(list.CreatedMessageId, course.MessageId);
        var lessonButton = Assert.Single(course.Buttons, b => b.Text.Contains("党章总纲", StringComparison.Ordinal));

        Api.PressButton(User, User, list.CreatedMessageId.Value, lessonButton.Data);
        var page1 = await Api.WaitForAsync(c => c.Method == "editMessageText", Wait.Long, skip: 1);
        Assert.Contains("第 1/", page1.Text);
        var next = Assert.Single(page1.Buttons, b => b.Text == UiText.ButtonNext);

        Api.PressButton(User, User, list.CreatedMessageId.Value, next.Data);
        var page2 = await Api.WaitForAsync(c => c.Method == "editMessageText", Wait.Long, skip: 2);
        Assert.Contains("第 2/", page2.Text);
        Assert.Equal(list.CreatedMessageId, page2.MessageId);

        await Api.WaitForAsync(c => c.Method == "answerCallbackQuery", Wait.Long, skip: 2);
        var calls = Api.Calls;
        Assert.Equal(2, calls.Count(c => c.Method == "sendMessage"));
        Assert.Equal(3, calls.Count(c => c.Method == "answerCallbackQuery"));
        Assert.All(calls.SelectMany(c => c.ButtonData), data => Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, 64));
    }

    [Fact]
    public async Task CommandMenuIsRegisteredWithChineseDescriptions()
    {
        var menu = await Api.WaitForAsync(c => c.Method == "setMyCommands", Wait.Long);
        var commands = menu.Parameters["commands"]!.AsArray().Select(c => (Name: c!["command"]!.ToString(), Description: c["description"]!.ToString())).ToList();
        Assert.Contains(("start", UiText.CommandStart), commands);
        Assert.Contains(("courses", UiText.CommandCourses), commands);
        Assert.Contains(("help", UiText.CommandHelp), commands);
        await Api.WaitForAsync(c => c.Method == "deleteWebhook", Wait.Long);
    }

    [Fact]
    public async Task AForgedOrStaleButtonGetsAPoliteAnswerAndNothingElse()
    {
        Api.PressButton(User, User, messageId: 77, data: "1:c:../../etc/passwd");
        Api.PressButton(User, User, messageId: 77, data: "9:l:old-version:1");
        var first = await Api.WaitForAsync(c => c.Method == "answerCallbackQuery", Wait.Long);
        var second = await Api.WaitForAsync(c => c.Method == "answerCallbackQuery", Wait.Long, skip: 1);

        Assert.Equal(UiText.StaleButton, first.Parameter("text"));
        Assert.Equal(UiText.StaleButton, second.Parameter("text"));
        Assert.DoesNotContain(Api.Calls, c => c.Method is "sendMessage" or "editMessageText");
    }

    [Fact]
    public async Task DeepLinkCodeReachesTheEngine()
    {
        Api.SendText(User, "/start BRANCH42");
        var welcome = await Api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long);
        Assert.Contains("欢迎", welcome.Text);
    }
}
