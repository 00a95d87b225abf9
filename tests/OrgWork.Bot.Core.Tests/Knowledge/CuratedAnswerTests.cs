using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Knowledge;

public abstract class CuratedAnswerTests(StorageProvider storage)
{
    private const string TownshipPay = """
        ---
        questions:
          - 乡镇干部的工资比县直机关高多少？
          - 乡镇干部报酬待遇有什么规定？
        sources:
          - cadre-selection-management 第十七条
        ---
        乡镇干部报酬待遇要高于县直机关同职级人员的20%（审核稿）。
        """;

    [SkippableFact]
    public async Task AQuestionCloseToAPhrasingGetsTheCuratedAnswerMarkedApprovedWithItsSources()
    {
        await using var bot = await ShippedPolicyBot.StartAsync(storage, arrange: WithFaq);

        var reply = (await bot.SendAsync("乡镇干部工资到底比县直机关高多少")).Replies.Single();

        var text = reply.Text.Plain;
        Assert.StartsWith(UiText.PolicyCurated + "\n乡镇干部报酬待遇要高于县直机关同职级人员的20%（审核稿）。", text, StringComparison.Ordinal);
        Assert.Contains("[1] 干部选拔任用和管理监督工作办法 › 第五章 激活与保障", text, StringComparison.Ordinal);
        Assert.Contains("文号：组通〔2022〕6号", text, StringComparison.Ordinal);
        var source = await bot.PressAsync(new ConversationResult { Replies = [reply] }, "原文 [1]");
        Assert.Contains("第十七条", source.Replies.Single().Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ACloseQuestionAboutAnotherSubjectDoesNotGetTheCuratedAnswer()
    {
        await using var bot = await ShippedPolicyBot.StartAsync(storage, arrange: WithFaq);

        var answer = await bot.AskAsync("村干部的工资比县直机关高多少？");

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
    }

    [SkippableFact]
    public async Task AnUnrelatedQuestionIsSearchedInTheDocuments()
    {
        await using var bot = await ShippedPolicyBot.StartAsync(storage, arrange: WithFaq);

        var answer = await bot.AskAsync("谋取私利能不能容错");

        Assert.Equal(AnswerKind.Extractive, answer.Kind);
        Assert.Contains("不属于容错范围", answer.Text, StringComparison.Ordinal);
    }

    private static void WithFaq(TempContent content) => content.Write("faq/township-pay.md", TownshipPay);
}

public sealed class CuratedAnswerTestsOnSqlite() : CuratedAnswerTests(StorageProvider.Sqlite);

public sealed class CuratedAnswerTestsOnPostgres() : CuratedAnswerTests(StorageProvider.Postgres);
