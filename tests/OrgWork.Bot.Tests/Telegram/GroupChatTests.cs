using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary>In a group the bot answers only the commands addressed to it.</summary>
public sealed class GroupChatTests : IAsyncLifetime
{
    private const long User = 7001;
    private const long Group = -1001234567890;
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
    public async Task CommandsForThisBotWorkAndEverythingElseIsIgnored()
    {
        _api.SendText(User, "大家好，今天学习党章", Group);
        _api.SendText(User, "/courses@SomeOtherBot", Group);
        _api.SendText(User, $"/courses@{FakeBotApi.BotUsername}", Group);
        _api.SendText(User, "/help", Group);

        var courses = await _api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long);
        var help = await _api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long, skip: 1);

        Assert.Equal(Group, courses.ChatId);
        Assert.Contains(courses.Buttons, b => b.Text == "党章基础");
        Assert.Contains(UiText.HelpTitle, help.Text, StringComparison.Ordinal);
        Assert.Equal(2, _api.Calls.Count(c => c.Method == "sendMessage"));
    }

    [Fact]
    public async Task APressInTheGroupEditsTheGroupMessage()
    {
        _api.SendText(User, $"/courses@{FakeBotApi.BotUsername}", Group);
        var list = await _api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long);
        _api.PressButton(User, Group, list.CreatedMessageId!.Value, list.Buttons[0].Data);

        var edit = await _api.WaitForAsync(c => c.Method == "editMessageText", Wait.Long);
        Assert.Equal(Group, edit.ChatId);
        Assert.Equal(list.CreatedMessageId, edit.MessageId);
    }
}
