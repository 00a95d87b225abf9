using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Tests.Conversation;

public class CommandLineTests
{
    [Theory]
    [InlineData("/start", "start", "")]
    [InlineData("/start ABC123", "start", "ABC123")]
    [InlineData("/Courses@OrgWorkBot 2", "courses", "2")]
    [InlineData("/ask 村干部 报酬", "ask", "村干部 报酬")]
    public void CommandsSplitIntoNameAndArguments(string text, string name, string arguments)
    {
        Assert.True(CommandLine.TryParse(text, out var parsedName, out var parsedArguments));
        Assert.Equal(name, parsedName);
        Assert.Equal(arguments, parsedArguments);
    }

    [Theory]
    [InlineData("你好")]
    [InlineData("/")]
    [InlineData("")]
    public void OtherTextIsNotACommand(string text) => Assert.False(CommandLine.TryParse(text, out _, out _));
}
