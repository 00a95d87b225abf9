using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Publishing;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;
using static OrgWork.Bot.Core.Tests.Publishing.Uploads;

namespace OrgWork.Bot.Core.Tests.Publishing;

/// <summary>
/// A publish or rollback leaves the file, its version row and the upload's status consistent, or changes none
/// of them: a catalogue reload that fails after the commit leaves the publish done (and the previous catalogue
/// live); a transaction that does not commit after the files were written puts the files back.
/// </summary>
public abstract class PublishAllOrNothingTests(StorageProvider storage)
{
    private const string Path01 = "courses/alpha/01-first.md";
    private static readonly string Edited = Lesson("第一课（修订）", "修订后的正文。");

    [SkippableFact]
    public async Task APublishWhoseReloadFailsIsStillPublishedWholeAndThePreviousCatalogueStaysLive()
    {
        await using var bot = await StartWithTrainersAsync(storage, configure: ReloadsThatCanFail);
        var loader = bot.Services.GetRequiredService<SwitchableContentLoader>();
        var staged = await bot.SendFileAsync("01-first.md", Edited);
        loader.Fail = true;

        var published = await bot.PressAsAsync(staged, "发布", Trainer);

        Assert.True(loader.FailedLoads > 0, "the reload was not attempted");
        Assert.Contains("✅ 已发布“01-first.md”", AllText(published), StringComparison.Ordinal);
        Assert.DoesNotContain(UiText.InternalError, AllText(published), StringComparison.Ordinal);
        Assert.Equal(Edited, File.ReadAllText(System.IO.Path.Combine(bot.Content.Root, Path01)));
        Assert.Equal([VersionSource.Existing, VersionSource.Upload], await bot.QueryAsync(db => db.ContentVersions.OrderBy(v => v.Number).Select(v => v.Source).ToListAsync()));
        Assert.Equal(UploadStatus.Published, await bot.QueryAsync(db => db.StagedUploads.Select(u => u.Status).SingleAsync()));
        Assert.Equal("第一课", bot.Services.GetCatalogue().FindLessonByKey("alpha/first")!.Title);
        Assert.Contains("第 2 版", AllText(await bot.SendAsAsync("/versions alpha/first", Trainer)), StringComparison.Ordinal);
        Assert.Equal("这次上传已经发布过了。", (await bot.PressAsAsync(staged, "发布", Trainer)).Toast);

        loader.Fail = false;
        await bot.Services.GetRequiredService<CatalogueStore>().ReloadAsync(CancellationToken.None);
        Assert.Equal("第一课（修订）", bot.Services.GetCatalogue().FindLessonByKey("alpha/first")!.Title);
    }

    [SkippableFact]
    public async Task ARollbackWhoseReloadFailsIsStillRecordedWithItsFile()
    {
        await using var bot = await StartWithTrainersAsync(storage, configure: ReloadsThatCanFail);
        var original = File.ReadAllText(System.IO.Path.Combine(bot.Content.Root, Path01));
        await bot.PressAsAsync(await bot.SendFileAsync("01-first.md", Edited), "发布", Trainer);
        bot.Services.GetRequiredService<SwitchableContentLoader>().Fail = true;

        var rolledBack = await bot.RollBackAsync("alpha/first 1", Trainer);

        Assert.DoesNotContain(UiText.InternalError, AllText(rolledBack), StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(System.IO.Path.Combine(bot.Content.Root, Path01)));
        var latest = await bot.QueryAsync(db => db.ContentVersions.OrderByDescending(v => v.Number).FirstAsync());
        Assert.Equal((VersionSource.Rollback, 3, 1), (latest.Source, latest.Number, latest.RestoredNumber));
    }

    [SkippableFact]
    public async Task WhenTheTurnDoesNotCommitAfterTheFilesWereWrittenTheyArePutBack()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var before = Snapshot(bot.Content);
        await bot.SendFileAsync("01-first.md", Edited);
        await bot.PressAsAsync(await bot.SendFileAsync("03-third.md", Lesson("第三课")), "甲课程", Trainer);
        await bot.QueryAsync(db =>
        {
            db.ProcessedUpdates.Add(new ProcessedUpdate { Id = "already-applied" });
            return db.SaveChangesAsync();
        });

        // Both uploads are published in a turn whose final save fails, as the engine's does when the update
        // was applied elsewhere meanwhile; the transaction is then rolled back.
        foreach (var uploadId in await bot.QueryAsync(db => db.StagedUploads.Select(u => u.Id).ToListAsync()))
        {
            await PublishInATurnThatDoesNotCommitAsync(bot, uploadId);
        }

        Assert.Equal(before, Snapshot(bot.Content));
        Assert.Equal(0, await bot.QueryAsync(db => db.ContentVersions.CountAsync()));
        Assert.Equal([UploadStatus.Ready, UploadStatus.Ready], await bot.QueryAsync(db => db.StagedUploads.Select(u => u.Status).ToListAsync()));

        var again = await bot.SendAsAsync("/publish", Trainer);
        Assert.Contains("courses/alpha/03-third.md（第 1 版）", AllText(again), StringComparison.Ordinal);
        Assert.Equal("第三课", bot.Services.GetCatalogue().FindLessonByKey("alpha/third")!.Title);
    }

    private static void ReloadsThatCanFail(IServiceCollection services)
    {
        services.AddSingleton<SwitchableContentLoader>();
        services.AddSingleton<IContentLoader>(sp => sp.GetRequiredService<SwitchableContentLoader>());
    }

    private static async Task PublishInATurnThatDoesNotCommitAsync(TestBot bot, long uploadId)
    {
        var factory = bot.Services.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var learner = await db.Learners.SingleAsync(l => l.Id == Trainer);
        var input = ChatInput.FromText(bot.Channel, $"chat-{Trainer}", Trainer, "/publish", NameOf(Trainer));
        var context = new ConversationContext(input, learner, false, Role.Trainer, db, bot.Services.GetCatalogue(), bot.Clock.Now.UtcDateTime);
        var upload = await db.StagedUploads.Include(u => u.Files).SingleAsync(u => u.Id == uploadId);

        // As the engine does: the validation (deferred work) runs first, then the committing step in this transaction.
        var result = await bot.Services.GetRequiredService<ContentPublisher>().PublishAsync(context, upload, CancellationToken.None);
        using (var work = result.Deferred!)
        {
            await work.RunAsync(TurnObserver.PartialText(TurnObserver.None), CancellationToken.None);
            result = await work.CommitAsync(context, CancellationToken.None);
        }

        Assert.Contains("✅ 已发布", AllText(result), StringComparison.Ordinal);
        db.ProcessedUpdates.Add(new ProcessedUpdate { Id = "already-applied" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}

public sealed class PublishAllOrNothingTestsOnSqlite() : PublishAllOrNothingTests(StorageProvider.Sqlite);

public sealed class PublishAllOrNothingTestsOnPostgres() : PublishAllOrNothingTests(StorageProvider.Postgres);
