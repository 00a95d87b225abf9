namespace OrgWork.Bot.Core.Tests;

public class Placeholder
{
    [Fact]
    public void ChatInputFromTextIsATextInput() =>
        Assert.Equal(Conversation.InputKind.Text, Conversation.ChatInput.FromText("terminal", "1", 1, "/start").Kind);
}
