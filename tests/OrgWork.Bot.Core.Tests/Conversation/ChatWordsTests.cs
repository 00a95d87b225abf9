using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Knowledge;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Conversation;

public abstract class ChatWordsTests(StorageProvider storage)
{
    [SkippableTheory]
    [InlineData("你好", UiText.SmallTalkGreeting)]
    [InlineData("您好！在吗？", UiText.SmallTalkGreeting)]
    [InlineData("谢谢", UiText.SmallTalkThanks)]
    [InlineData("好的，谢谢啦", UiText.SmallTalkThanks)]
    [InlineData("再见", UiText.SmallTalkFarewell)]
    [InlineData("哈哈哈", UiText.SmallTalkAcknowledged)]
    public async Task SmallTalkGetsAFriendlyReplyWithTheMainButtonsAndIsNeverAnUnansweredQuestion(string text, string expected)
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);

        var reply = Assert.Single((await bot.SendAsync(text)).Replies);

        Assert.StartsWith(expected.Split('{')[0], reply.Text.Plain, StringComparison.Ordinal);
        Assert.DoesNotContain(UiText.PolicyNotFound, reply.Text.Plain, StringComparison.Ordinal);
        var labels = reply.Buttons.SelectMany(r => r).Select(b => b.Label).ToList();
        Assert.Contains(UiText.ButtonMainCourses, labels);
        Assert.Contains(UiText.ButtonMainDaily, labels);
        Assert.Empty(await bot.QueryAsync(db => db.Set<UnansweredQuestion>().ToListAsync()));
        Assert.Empty(await bot.QueryAsync(db => db.Set<PolicyChatTurn>().ToListAsync()));
    }

    [SkippableTheory]
    [InlineData("课程", "/courses")]
    [InlineData("我要学习", "/courses")]
    [InlineData("每日答题", "/daily")]
    [InlineData("错题本", "/review")]
    [InlineData("我的", "/me")]
    [InlineData("排行", "/rank")]
    [InlineData("帮助", "/help")]
    public async Task TheChineseWordOfAMainCommandActsAsThatCommand(string word, string command)
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);

        var byWord = await bot.SendAsync(word, userId: 2001);
        var byCommand = await bot.SendAsync(command, userId: 2002);

        Assert.Equal(FirstLine(byCommand), FirstLine(byWord));
        Assert.Empty(await bot.QueryAsync(db => db.Set<UnansweredQuestion>().ToListAsync()));
    }

    [SkippableFact]
    public async Task AGreetingButtonRunsItsCommand()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);
        var greeting = await bot.SendAsync("你好");

        var courses = await bot.PressAsync(greeting, UiText.ButtonMainCourses);

        Assert.Equal(FirstLine(await bot.SendAsync("/courses")), FirstLine(courses));
    }

    [SkippableFact]
    public async Task AGreetingFollowedByAQuestionIsAQuestion()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);

        var reply = (await bot.SendAsync("你好，生活困难的党员可以免交党费吗？")).Replies.Single();

        Assert.Contains("少交或者免交党费", reply.Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task InAGroupChatWordsAreLeftAlone()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);
        var group = ChatInput.FromText("test", "group-1", 1001, "你好") with { IsPrivateChat = false };

        var greeting = await bot.Engine.HandleAsync(group, CancellationToken.None);
        var word = await bot.Engine.HandleAsync(group with { Text = "课程" }, CancellationToken.None);

        Assert.Equal(UiText.UnknownInput, greeting.Replies.Single().Text.Plain);
        Assert.Equal(UiText.UnknownInput, word.Replies.Single().Text.Plain);
    }

    private static string FirstLine(ConversationResult result) => result.Replies[0].Text.Plain.Split('\n')[0];
}

public sealed class ChatWordsTestsOnSqlite() : ChatWordsTests(StorageProvider.Sqlite);

public sealed class ChatWordsTestsOnPostgres() : ChatWordsTests(StorageProvider.Postgres);
