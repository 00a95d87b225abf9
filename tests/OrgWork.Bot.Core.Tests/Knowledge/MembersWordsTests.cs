using OrgWork.Bot.Core.Knowledge.Answering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Tests.Knowledge;

/// <summary>Members rarely use the documents' words: the synonym list and table rows, on the shipped policies.</summary>
public abstract class MembersWordsTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task WithTheSynonymListAMembersWordFindsTheDocumentsWord()
    {
        await using var without = await ShippedPolicyBot.StartAsync(storage);
        await using var with = await ShippedPolicyBot.StartAsync(storage, arrange: c => c.Write("synonyms.md", "- 举债：借钱、借款\n"));

        var before = await without.AskAsync("能不能借钱发展集体经济");
        var after = await with.AskAsync("能不能借钱发展集体经济");

        Assert.Equal(AnswerKind.NotFound, before.Kind);
        Assert.Contains("严禁违规举债", after.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ASubjectInMembersWordsIsNamedByItsDocumentForm()
    {
        await using var bot = await ShippedPolicyBot.StartAsync(storage, arrange: c => c.Write("synonyms.md", "- 青年干部：年轻干部\n"));

        var answer = await bot.AskAsync("年轻干部怎么培养");

        Assert.Contains("青年干部成长工程", answer.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ATablesRowsAreQuotedLikeAList()
    {
        await using var bot = await ShippedPolicyBot.StartAsync(storage);

        var answer = await bot.AskAsync("三力建设包括什么");

        foreach (var row in new[] { "增强政治定力", "提升专业能力", "激发工作活力" })
        {
            Assert.Contains(row, answer.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("|", answer.Text, StringComparison.Ordinal);
        ExtractiveAnsweringTests.AssertEveryLineIsQuotedFromItsCitedSource(answer);
    }
}

public sealed class MembersWordsTestsOnSqlite() : MembersWordsTests(StorageProvider.Sqlite);

public sealed class MembersWordsTestsOnPostgres() : MembersWordsTests(StorageProvider.Postgres);
