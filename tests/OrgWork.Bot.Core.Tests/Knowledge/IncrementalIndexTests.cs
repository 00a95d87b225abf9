using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Knowledge;

public abstract class IncrementalIndexTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task TheFirstRefreshChunksEveryDocumentIntoTheDatabase()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);

        var documents = await bot.QueryAsync(db => db.Set<PolicyDocumentRecord>().Select(d => d.Key).OrderBy(k => k).ToListAsync());
        var chunks = await bot.QueryAsync(db => db.Set<PolicyChunkRecord>().CountAsync());

        Assert.Equal(["dangfei-2019", "dangfei-2024", "notice-injection", "village-funds"], documents);
        Assert.True(chunks >= documents.Count);
    }

    [SkippableFact]
    public async Task AnUnchangedFolderIsNotChunkedAgain()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);

        var report = await RefreshAsync(bot);

        Assert.Empty(report.Rechunked);
        Assert.Equal(4, report.Unchanged);
    }

    [SkippableFact]
    public async Task ChangingOneFileRechunksOnlyThatFile()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);
        var before = await ChunkIdsAsync(bot);

        bot.Content.Write("policies/village-funds.txt", "村级组织运转经费保障办法\n第一章 报酬\n村党组织书记基本报酬按照不低于上年度全县农村居民人均可支配收入的2.5倍确定。\n");
        var report = await RefreshAsync(bot);
        var after = await ChunkIdsAsync(bot);

        // The reload also starts a background refresh; whichever refresh runs first does the work, so the
        // stored chunk ids are the proof: only the changed file's chunks are new.
        Assert.True(report.Rechunked.SequenceEqual(["village-funds"]) || (!report.Rechunked.Any() && report.Unchanged == 4), string.Join(",", report.Rechunked));
        foreach (var key in new[] { "dangfei-2019", "dangfei-2024", "notice-injection" })
        {
            Assert.Equal(before[key], after[key]);
        }

        Assert.NotEqual(before["village-funds"], after["village-funds"]);
        var snapshot = await bot.Services.GetRequiredService<PolicyIndex>().GetAsync(CancellationToken.None);
        Assert.Contains(snapshot.Chunks, c => c.Text.Contains("2.5倍", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task RemovingAFileRemovesItsChunks()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);

        File.Delete(Path.Combine(bot.Content.Root, "policies", "notice-injection.md"));
        var report = await RefreshAsync(bot);

        // The reload also refreshes the index in the background; whichever refresh ran first did the removal.
        Assert.True(report.Removed.SequenceEqual(["notice-injection"]) || (report.Removed.Count == 0 && report.Documents == 3), string.Join(",", report.Removed));
        Assert.Equal(0, await bot.QueryAsync(db => db.Set<PolicyChunkRecord>().CountAsync(c => c.DocumentKey == "notice-injection")));
    }

    private static async Task<PolicyIndexReport> RefreshAsync(TestBot bot)
    {
        await bot.Services.GetRequiredService<CatalogueStore>().ReloadAsync(CancellationToken.None);
        return await bot.Services.GetRequiredService<PolicyIndex>().RefreshAsync(CancellationToken.None);
    }

    private static Task<Dictionary<string, List<long>>> ChunkIdsAsync(TestBot bot) =>
        bot.QueryAsync(async db => (await db.Set<PolicyChunkRecord>().ToListAsync())
            .GroupBy(c => c.DocumentKey).ToDictionary(g => g.Key, g => g.Select(c => c.Id).Order().ToList()));
}

public sealed class IncrementalIndexTestsOnSqlite() : IncrementalIndexTests(StorageProvider.Sqlite);

public sealed class IncrementalIndexTestsOnPostgres() : IncrementalIndexTests(StorageProvider.Postgres);
