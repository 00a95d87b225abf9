using System.Text;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;
using static OrgWork.Bot.Core.Tests.Publishing.Uploads;

namespace OrgWork.Bot.Core.Tests.Publishing;

public abstract class VersioningTests(StorageProvider storage)
{
    private static string FirstPath(TestBot bot) => Path.Combine(bot.Content.Root, "courses/alpha/01-first.md");

    private static async Task PublishAsync(TestBot bot, string title, long userId = Trainer)
    {
        var staged = await bot.SendFileAsync("01-first.md", Lesson(title), userId);
        var published = await bot.PressAsAsync(staged, "发布", userId);
        Assert.Contains("已发布", AllText(published), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task VersionsListsEveryVersionNewestFirstAndMarksTheCurrentOne()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        await PublishAsync(bot, "第二版");
        bot.Clock.Advance(TimeSpan.FromHours(1));
        await PublishAsync(bot, "第三版", OtherTrainer);

        var text = AllText(await bot.SendAsAsync("/versions alpha/first", Trainer));

        var lines = text.Split('\n');
        Assert.Equal("courses/alpha/01-first.md 的版本", lines[0]);
        Assert.Equal("第 3 版 · 2026-03-02 11:00 · 李讲师（2002） · 上传（当前）", lines[1]);
        Assert.Equal("第 2 版 · 2026-03-02 10:00 · 王讲师（2001） · 上传", lines[2]);
        Assert.Equal("第 1 版 · 2026-03-02 10:00 · — · 发布前的原文件", lines[3]);
        Assert.Contains("/rollback alpha/first 版本号", text, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("alpha/first")]
    [InlineData("第一课")]
    [InlineData("courses/alpha/01-first.md")]
    [InlineData("content/courses/alpha/01-first.md")]
    public async Task ALessonIsNamedByKeyTitleOrPath(string name)
    {
        await using var bot = await StartWithTrainersAsync(storage);
        await PublishAsync(bot, "第二版");

        // After the publish the title is 第二版; the old title only resolves before it.
        var query = name == "第一课" ? "第二版" : name;
        Assert.Contains("courses/alpha/01-first.md 的版本", AllText(await bot.SendAsAsync("/versions " + query, Trainer)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task VersionsOfSomethingUnknownOrNeverPublishedAreExplained()
    {
        await using var bot = await StartWithTrainersAsync(storage);

        Assert.Contains("找不到“nothing/here”", AllText(await bot.SendAsAsync("/versions nothing/here", Trainer)), StringComparison.Ordinal);
        Assert.Contains("还没有版本记录", AllText(await bot.SendAsAsync("/versions alpha/second", Trainer)), StringComparison.Ordinal);
        Assert.Contains("用法：/versions", AllText(await bot.SendAsAsync("/versions", Trainer)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task RollbackRestoresAVersionAndRecordsItAsANewOne()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var original = File.ReadAllBytes(FirstPath(bot));
        await PublishAsync(bot, "第二版");
        await PublishAsync(bot, "第三版");

        var result = await bot.RollBackAsync("alpha/first 1", OtherTrainer);

        Assert.Contains("已将 courses/alpha/01-first.md 恢复为第 1 版的内容（记为第 4 版）", AllText(result), StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(FirstPath(bot)));
        Assert.Equal("第一课", bot.Services.GetCatalogue().FindLessonByKey("alpha/first")!.Title);
        var latest = await bot.QueryAsync(db => db.ContentVersions.OrderByDescending(v => v.Number).FirstAsync());
        Assert.Equal((4, VersionSource.Rollback, 1, 3, OtherTrainer), (latest.Number, latest.Source, latest.RestoredNumber!.Value, latest.PreviousNumber!.Value, latest.AuthorId!.Value));

        var again = await bot.RollBackAsync("第一课 第2版", Trainer);
        Assert.Contains("title: 第二版", File.ReadAllText(FirstPath(bot)), StringComparison.Ordinal);
        Assert.Contains("记为第 5 版", AllText(again), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task RollbackExplainsWhatItCannotDo()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        await PublishAsync(bot, "第二版");

        Assert.Contains("没有第 7 版", AllText(await bot.SendAsAsync("/rollback alpha/first 7", Trainer)), StringComparison.Ordinal);
        Assert.Contains("现在已经是第 2 版的内容", AllText(await bot.SendAsAsync("/rollback alpha/first 2", Trainer)), StringComparison.Ordinal);
        Assert.Contains("用法：/rollback", AllText(await bot.SendAsAsync("/rollback alpha/first", Trainer)), StringComparison.Ordinal);
        Assert.Contains("找不到", AllText(await bot.SendAsAsync("/rollback ../../etc/passwd.md 1", Trainer)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AHandEditAfterAPublishIsKeptAsAVersionBeforeTheNextOne()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        await PublishAsync(bot, "第二版");
        File.WriteAllText(FirstPath(bot), Lesson("用 git 提交的修改"));

        await PublishAsync(bot, "第四版");

        var versions = await bot.QueryAsync(db => db.ContentVersions.OrderBy(v => v.Number).Select(v => v.Source).ToListAsync());
        Assert.Equal([VersionSource.Existing, VersionSource.Upload, VersionSource.Existing, VersionSource.Upload], versions);
        await bot.RollBackAsync("alpha/first 3", Trainer);
        Assert.Contains("用 git 提交的修改", File.ReadAllText(FirstPath(bot)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TwoTrainersPublishingTheSameLessonAtOnceOneWinsAndTheOtherIsTold()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var first = await bot.SendFileAsync("01-first.md", Lesson("王讲师的版本"), Trainer);
        var second = await bot.SendFileAsync("01-first.md", Lesson("李讲师的版本"), OtherTrainer);

        var results = await Task.WhenAll(bot.PressAsAsync(first, "发布", Trainer), bot.PressAsAsync(second, "发布", OtherTrainer));

        var texts = results.Select(AllText).ToList();
        Assert.Single(texts, t => t.Contains("✅ 已发布", StringComparison.Ordinal));
        var loser = Assert.Single(texts, t => t.Contains("⚠️ 未发布", StringComparison.Ordinal));
        var winner = texts[0] == loser ? "李讲师" : "王讲师";
        Assert.Contains("（第 2 版）", texts.Single(t => t != loser), StringComparison.Ordinal);
        Assert.Contains($"courses/alpha/01-first.md 在你上传之后已被{winner}于 2026-03-02 10:00 更新（第 2 版）", loser, StringComparison.Ordinal);
        Assert.Contains(winner + "的版本", File.ReadAllText(FirstPath(bot)), StringComparison.Ordinal);
        Assert.Equal(2, await bot.QueryAsync(db => db.ContentVersions.CountAsync()));
        Assert.Equal(
            [UploadStatus.Published, UploadStatus.Superseded],
            (await bot.QueryAsync(db => db.StagedUploads.Select(u => u.Status).ToListAsync())).Order());
    }

    [SkippableFact]
    public async Task AnUploadBasedOnAnOlderFileIsRefusedEvenLater()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var slow = await bot.SendFileAsync("01-first.md", Lesson("王讲师的版本"), Trainer);
        await PublishAsync(bot, "李讲师的版本", OtherTrainer);

        var late = await bot.PressAsAsync(slow, "发布", Trainer);

        Assert.Contains("已被李讲师于 2026-03-02 10:00 更新（第 2 版）", AllText(late), StringComparison.Ordinal);
        Assert.Contains("李讲师的版本", File.ReadAllText(FirstPath(bot)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheDatabaseRefusesASecondVersionWithTheSameNumber()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        await PublishAsync(bot, "第二版");

        var duplicate = bot.QueryAsync(async db =>
        {
            db.ContentVersions.Add(new ContentVersion { Path = "courses/alpha/01-first.md", Number = 2, ContentHash = "x", Content = Encoding.UTF8.GetBytes("x") });
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => duplicate);
    }
}

public sealed class VersioningTestsOnSqlite() : VersioningTests(StorageProvider.Sqlite);

public sealed class VersioningTestsOnPostgres() : VersioningTests(StorageProvider.Postgres);
