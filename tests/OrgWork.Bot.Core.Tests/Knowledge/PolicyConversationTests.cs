using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Knowledge;

public abstract class PolicyConversationTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task PlainTextIsAnsweredAsAPolicyQuestionWithSourcesAndAButtonPerSource()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);

        var result = await bot.SendAsync("生活困难的党员可以免交党费吗？");

        var reply = Assert.Single(result.Replies);
        Assert.Contains("少交或者免交党费", reply.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("来源\n[1] 党费收缴使用管理规定 › 第二章 收缴与减免", reply.Text.Plain, StringComparison.Ordinal);
        Assert.Contains(reply.Buttons.SelectMany(r => r), b => b.Label == "原文 [1]");
    }

    [SkippableFact]
    public async Task InAGroupOnlyAskAsksAndOtherTextIsLeftAlone()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);
        var group = ChatInput.FromText("test", "group-1", 1001, "生活困难的党员可以免交党费吗？") with { IsPrivateChat = false };

        var chatter = await bot.Engine.HandleAsync(group, CancellationToken.None);
        var asked = await bot.Engine.HandleAsync(group with { Text = "/ask 生活困难的党员可以免交党费吗？" }, CancellationToken.None);

        Assert.Equal(UiText.UnknownInput, chatter.Replies.Single().Text.Plain);
        Assert.Contains("少交或者免交党费", asked.Replies.Single().Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AskCommandAnswersAndWithoutAQuestionExplainsItself()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);

        Assert.Contains("少交或者免交党费", (await bot.SendAsync("/ask 生活困难的党员可以免交党费吗？")).Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Equal(UiText.PolicyAskUsage, (await bot.SendAsync("/ask")).Replies[0].Text.Plain);
    }

    [SkippableFact]
    public async Task AFollowUpWithASubjectOfItsOwnIsSearchedAsThePreviousQuestionAboutThatSubject()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);

        await bot.SendAsync("农民党员每月交多少党费？");
        var result = await bot.SendAsync("那村干部呢？");

        Assert.Contains("村干部党员按照村干部报酬的0.5%交纳党费", result.Replies[0].Text.Plain, StringComparison.Ordinal);
        var searched = await LastSearchedAsync(bot);
        Assert.Equal("村干部每月交多少党费？", searched);
    }

    [SkippableFact]
    public async Task NewForgetsTheEarlierQuestions()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);
        await bot.SendAsync("农民党员每月交多少党费？");

        var reply = await bot.SendAsync("/new");
        await bot.SendAsync("那村干部呢？");

        Assert.Equal(UiText.PolicyNewConversation, reply.Replies[0].Text.Plain);
        Assert.Equal("那村干部呢？", await LastSearchedAsync(bot));
    }

    [SkippableFact]
    public async Task EachChatHasItsOwnContext()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);
        await bot.SendAsync("农民党员每月交多少党费？", userId: 1);

        await bot.SendAsync("那村干部呢？", userId: 2);

        Assert.Equal("那村干部呢？", await LastSearchedAsync(bot));
    }

    [SkippableFact]
    public async Task OnlyTheLatestTurnsOfAChatAreKept()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);

        for (var i = 0; i < 9; i++)
        {
            await bot.SendAsync($"第{i}次问：党费怎么交？");
        }

        Assert.Equal(6, await bot.QueryAsync(db => db.Set<PolicyChatTurn>().CountAsync()));
    }

    [SkippableFact]
    public async Task ASourceButtonShowsTheCitedPassage()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);
        var answer = await bot.SendAsync("生活困难的党员可以免交党费吗？");

        var shown = await bot.PressAsync(answer, "原文 [1]");

        var text = shown.Replies.Single().Text.Plain;
        Assert.StartsWith("[1] 党费收缴使用管理规定 › 第二章 收缴与减免", text, StringComparison.Ordinal);
        Assert.Contains("经党支部委员会研究、报上级党组织批准，可以少交或者免交党费。", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AnotherChatsOrAForgedSourceButtonGetsANotice()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);
        var answer = await bot.SendAsync("生活困难的党员可以免交党费吗？", userId: 1);
        var data = TestBot.FindButton(answer, "原文 [1]").Data;

        Assert.Equal(UiText.PolicySourceGone, (await bot.PressAsync(data, userId: 2)).Toast);
        Assert.Equal(UiText.PolicySourceGone, (await bot.PressAsync("1:src:999999:1", userId: 1)).Toast);
        Assert.Equal(UiText.PolicySourceGone, (await bot.PressAsync("1:src:abc:x", userId: 1)).Toast);
    }

    private static Task<string> LastSearchedAsync(TestBot bot) =>
        bot.QueryAsync(db => db.Set<PolicyChatTurn>().OrderByDescending(t => t.Id).Select(t => t.SearchedQuestion).FirstAsync());
}

public sealed class PolicyConversationTestsOnSqlite() : PolicyConversationTests(StorageProvider.Sqlite);

public sealed class PolicyConversationTestsOnPostgres() : PolicyConversationTests(StorageProvider.Postgres);
