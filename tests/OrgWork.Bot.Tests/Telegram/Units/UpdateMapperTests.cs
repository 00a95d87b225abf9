using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Telegram;
using OrgWork.Bot.Telegram.Inbound;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace OrgWork.Bot.Tests.Telegram.Units;

public sealed class UpdateMapperTests
{
    private const long Group = -100777;
    private readonly UpdateMapper _mapper;

    public UpdateMapperTests()
    {
        var identity = new BotIdentity();
        identity.Set(new User { Id = 1, IsBot = true, FirstName = "Bot", Username = "OrgWorkTestBot" });
        _mapper = new UpdateMapper(identity, new TelegramFiles(new ServiceCollection().BuildServiceProvider()));
    }

    [Theory]
    [InlineData("/courses@OrgWorkTestBot", "/courses")]
    [InlineData("/courses@orgworktestbot 2", "/courses 2")]
    [InlineData("/help", "/help")]
    public void CommandsForThisBotInAGroupArePassedWithoutTheMention(string typed, string expected)
    {
        var input = _mapper.Map(Message(Group, ChatType.Supergroup, typed)).Input;

        Assert.NotNull(input);
        Assert.Equal(expected, input.Text);
        Assert.False(input.IsPrivateChat);
        Assert.Equal("tg:9", input.DeliveryId);
    }

    [Theory]
    [InlineData("/courses@OtherBot")]
    [InlineData("大家好")]
    public void OtherChatterInAGroupIsIgnored(string typed) =>
        Assert.Null(_mapper.Map(Message(Group, ChatType.Group, typed)).Input);

    [Fact]
    public void ADeepLinkKeepsItsCodeForTheEngine()
    {
        var input = _mapper.Map(Message(42, ChatType.Private, "/start BRANCH7")).Input;
        Assert.Equal("/start BRANCH7", input!.Text);
        Assert.True(input.IsPrivateChat);
    }

    [Fact]
    public void AButtonPressCarriesItsDataTheMessageAndTheQueryToAnswer()
    {
        var update = new Update
        {
            Id = 10,
            CallbackQuery = new CallbackQuery
            {
                Id = "q1",
                From = new User { Id = 42, FirstName = "李", LastName = "明" },
                Data = "1:c:basics",
                ChatInstance = "ci",
                Message = new Message { Id = 77, Chat = new Chat { Id = 42, Type = ChatType.Private }, Date = DateTime.UtcNow },
            },
        };

        var mapped = _mapper.Map(update);

        Assert.Equal("q1", mapped.CallbackQueryId);
        Assert.Equal(InputKind.Button, mapped.Input!.Kind);
        Assert.Equal("1:c:basics", mapped.Input.ButtonData);
        Assert.Equal("77", mapped.Input.SourceMessageId);
        Assert.Equal("李 明", mapped.Input.DisplayName);
    }

    private static Update Message(long chat, ChatType type, string text) => new()
    {
        Id = 9,
        Message = new Message
        {
            Id = 3,
            Chat = new Chat { Id = chat, Type = type },
            From = new User { Id = 42, FirstName = "张" },
            Date = DateTime.UtcNow,
            Text = text,
        },
    };
}
