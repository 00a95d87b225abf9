using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.FakeTelegram;
using OrgWork.Bot.Tests.Telegram.Support;

namespace OrgWork.Bot.Tests.Telegram;

/// <summary>In a group the bot answers only the commands addressed to it.</summary>
public sealed class GroupChatTests : PollingBotTest
{
    private const long User = 7001;
    private const long Group = -1001234567890;

    [Fact]
    public async Task CommandsForThisBotWorkAndEverythingElseIsIgnored()
    {
        Api.SendText(User, "大家好，今天学习党章", Group);
        Api.SendText(User, "/courses@SomeOtherBot", Group);
        Api.SendText(User, $"/courses@{FakeBotApi.BotUsername}", Group);
        Api.SendText(User, "/help", Group);

        var courses = await Api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long);
        var help = await Api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long, skip: 1);

        Assert.Equal(Group, courses.ChatId);
        Assert.Contains(courses.Buttons, b => b.Text == "党章基础");
        Assert.Contains(UiText.HelpTitle, help.Text, StringComparison.Ordinal);
        Assert.Equal(2, Api.Calls.Count(c => c.Method == "sendMessage"));
    }

    [Fact]
    public async Task APressInTheGroupEditsTheGroupMessage()
    {
        Api.SendText(User, $"/courses@{FakeBotApi.BotUsername}", Group);
        var list = await Api.WaitForAsync(c => c.Method == "sendMessage", Wait.Long);
        Api.PressButton(User, Group, list.CreatedMessageId!.Value, list.Buttons[0].Data);

        var edit = await Api.WaitForAsync(c => c.Method == "editMessageText", Wait.Long);
        Assert.Equal(Group, edit.ChatId);
        Assert.Equal(list.CreatedMessageId, edit.MessageId);
    }
}
