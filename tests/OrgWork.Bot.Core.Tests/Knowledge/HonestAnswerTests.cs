using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Tests.Knowledge;

/// <summary>The cases of issue 18 on the shipped policies: answers say what they do not know.</summary>
public abstract class HonestAnswerTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task AFollowUpAboutAnotherSubjectIsNotAnsweredWithTheEarlierSubjectsRule()
    {
        await using var bot = await ShippedPolicyBot.StartAsync(storage);

        var first = (await bot.SendAsync("乡镇干部报酬有什么规定？")).Replies.Single().Text.Plain;
        var followUp = (await bot.SendAsync("那村干部呢？")).Replies.Single().Text.Plain;

        Assert.Contains("高于县直机关同职级人员的20%", first, StringComparison.Ordinal);
        Assert.StartsWith(UiText.PolicyNotFound, followUp, StringComparison.Ordinal);
        Assert.DoesNotContain("20%", followUp, StringComparison.Ordinal);
        Assert.Contains("村干部", followUp, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AQuestionAboutASubjectNoPassageNamesIsNotFound()
    {
        await using var bot = await ShippedPolicyBot.StartAsync(storage);

        var answer = await bot.AskAsync("村干部的报酬怎么规定");

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Empty(answer.Sources);
        Assert.DoesNotContain("乡镇干部", answer.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ASentenceThatLeadsAListIsAnsweredWithTheList()
    {
        await using var bot = await ShippedPolicyBot.StartAsync(storage);

        var answer = await bot.AskAsync("村级干部五大行动是哪五个？");

        Assert.Equal(AnswerKind.Extractive, answer.Kind);
        foreach (var action in new[] { "政治大体检", "知识大培训", "岗位大练兵", "擂台大比武", "工作大规范" })
        {
            Assert.Contains(action, answer.Text, StringComparison.Ordinal);
        }

        ExtractiveAnsweringTests.AssertEveryLineIsQuotedFromItsCitedSource(answer);
    }

    [SkippableFact]
    public async Task ACitedSourceShowsItsDocumentNumberAndEffectiveDate()
    {
        await using var bot = await ShippedPolicyBot.StartAsync(storage);

        var reply = (await bot.SendAsync("村级干部五大行动是哪五个？")).Replies.Single().Text.Plain;

        Assert.Contains("文号：组通〔2022〕3号 · 施行日期：2022-03-15", reply, StringComparison.Ordinal);
    }
}

public sealed class HonestAnswerTestsOnSqlite() : HonestAnswerTests(StorageProvider.Sqlite);

public sealed class HonestAnswerTestsOnPostgres() : HonestAnswerTests(StorageProvider.Postgres);
