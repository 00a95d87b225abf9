using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Publishing;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;
using static OrgWork.Bot.Core.Tests.Publishing.Uploads;

namespace OrgWork.Bot.Core.Tests.Publishing;

/// <summary>
/// On PostgreSQL a publish writes its files before its input commits, so publishes on several instances take
/// turns (SQLite serves one machine, where the write gate orders them).
/// </summary>
public sealed class PublishingLockTests
{
    [SkippableFact]
    public async Task APublishWaitsForAnotherInstancesPublishToCommitAndThenNamesItsAuthor()
    {
        await using var bot = await StartWithTrainersAsync(StorageProvider.Postgres);
        await using var other = await bot.StartAnotherInstanceAsync();
        var staged = await bot.SendFileAsync("01-first.md", Lesson("王讲师的版本"), Trainer);
        var path = Path.Combine(bot.Content.Root, "courses/alpha/01-first.md");
        var original = await File.ReadAllBytesAsync(path);

        // Another instance is in the middle of publishing 李讲师's version: its version is recorded but not
        // committed, and its file is already written.
        var factory = other.GetRequiredService<IDbContextFactory<OrgWorkDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.LockForTransactionAsync(ContentPublisher.PublishingLock, CancellationToken.None);
            var at = bot.Clock.GetUtcNow().UtcDateTime;
            var theirs = Encoding.UTF8.GetBytes(Lesson("李讲师的版本"));
            db.ContentVersions.Add(Version(1, original, VersionSource.Existing, at));
            db.ContentVersions.Add(Version(2, theirs, VersionSource.Upload, at, OtherTrainer, "李讲师"));
            await db.SaveChangesAsync();
            await File.WriteAllBytesAsync(path, theirs);

            var press = bot.PressAsAsync(staged, "发布", Trainer);
            await AdvisoryLockWaiters.WaitForOneAsync(db, "the publish waits for the other instance's publishing lock");
            Assert.False(press.IsCompleted, "the publish must wait for the other instance's publish to commit");

            await transaction.CommitAsync();
            var refused = AllText(await press.WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.Contains("在你上传之后已被李讲师于 2026-03-02 10:00 更新（第 2 版）", refused, StringComparison.Ordinal);
        }

        Assert.Contains("李讲师的版本", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
        Assert.Equal(2, await bot.QueryAsync(d => d.ContentVersions.CountAsync()));

        ContentVersion Version(int number, byte[] content, VersionSource source, DateTime at, long? authorId = null, string authorName = "") => new()
        {
            Path = "courses/alpha/01-first.md",
            Number = number,
            Source = source,
            Content = content,
            ContentHash = ContentHash.Of(content),
            CreatedAt = at,
            AuthorId = authorId,
            AuthorName = authorName,
        };
    }
}
