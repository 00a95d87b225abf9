namespace OrgWork.Bot.Tests;

public class Placeholder
{
    [Fact]
    public void ChatInputFromTextIsATextInput() =>
        Assert.Equal(Core.Conversation.InputKind.Text, Core.Conversation.ChatInput.FromText("terminal", "1", 1, "/start").Kind);
}
