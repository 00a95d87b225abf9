using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Knowledge.Indexing;
using OrgWork.Bot.Core.Knowledge.Storage;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Knowledge;

/// <summary>Several instances on one database index the same shared policy documents: each change is stored once.</summary>
public abstract class SharedIndexTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task TwoInstancesIndexingTheSameNewDocumentAtOnceStoreItOnce()
    {
        await using var bot = await KnowledgeBot.StartAsync(storage);
        await using var other = await bot.StartAnotherInstanceAsync();
        var documentsBefore = await bot.QueryAsync(db => db.Set<PolicyDocumentRecord>().CountAsync());
        var path = bot.Content.Write("policies/village-lights.md", """
            ---
            title: 村级公共照明设施管护办法
            issuer: 县委组织部
            ---
            ## 一、管护责任

            村内路灯由村民委员会负责日常管护，发现损坏应当在三日内报修。

            ## 二、经费保障

            路灯维修经费从村级公益事业经费中列支，账目按季度公开。
            """);
        List<PolicyDocumentFile> files = [.. bot.Services.GetCatalogue().Policies, new("policies/village-lights.md", path)];

        // Both instances see the new shared file at the same moment (as two watchers of one content volume).
        var reports = await Task.WhenAll(
            bot.Services.GetRequiredService<PolicyIndexer>().SyncAsync(files, CancellationToken.None),
            other.GetRequiredService<PolicyIndexer>().SyncAsync(files, CancellationToken.None));

        Assert.Equal(1, reports.Sum(r => r.Added.Count));
        Assert.Equal(documentsBefore + 1, await bot.QueryAsync(db => db.Set<PolicyDocumentRecord>().CountAsync()));
        var duplicated = await bot.QueryAsync(db => db.Set<PolicyChunkRecord>()
            .GroupBy(c => new { c.DocumentKey, c.Ordinal })
            .Where(g => g.Count() > 1)
            .CountAsync());
        Assert.Equal(0, duplicated);
        Assert.True(await bot.QueryAsync(db => db.Set<PolicyChunkRecord>().AnyAsync(c => c.Text.Contains("三日内报修"))));
    }
}

public sealed class SharedIndexTestsOnSqlite() : SharedIndexTests(StorageProvider.Sqlite);

public sealed class SharedIndexTestsOnPostgres() : SharedIndexTests(StorageProvider.Postgres);

/// <summary>
/// On PostgreSQL the instances take turns at syncing the shared index (SQLite serves one machine, where its single
/// writer orders them).
/// </summary>
public sealed class SharedIndexLockTests
{
    [SkippableFact]
    public async Task AnInstanceSyncsOnlyAfterAnotherInstancesSyncHasCommitted()
    {
        await using var bot = await KnowledgeBot.StartAsync(StorageProvider.Postgres);
        await using var other = await bot.StartAnotherInstanceAsync();
        var files = bot.Services.GetCatalogue().Policies;

        // The first instance is in the middle of a sync: it holds the indexing lock in an open transaction.
        var factory = bot.Services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>();
        await using var first = await factory.CreateDbContextAsync();
        await using (var transaction = await first.Database.BeginTransactionAsync())
        {
            await first.LockForTransactionAsync(nameof(PolicyIndexer), CancellationToken.None);
            var second = other.GetRequiredService<PolicyIndexer>().SyncAsync(files, CancellationToken.None);
            await AdvisoryLockWaiters.WaitForOneAsync(first, "the second instance waits for the indexing lock");
            Assert.False(second.IsCompleted, "the second instance must wait for the first to commit");

            await transaction.CommitAsync();
            var report = await second.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(files.Count, report.Unchanged);
        }
    }
}
