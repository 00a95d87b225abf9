using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;
using static OrgWork.Bot.Core.Tests.Publishing.Uploads;

namespace OrgWork.Bot.Core.Tests.Publishing;

/// <summary><c>/rollback</c> previews what it would restore and acts only on 确认.</summary>
public abstract class RollbackConfirmationTests(StorageProvider storage)
{
    private const string Path01 = "courses/alpha/01-first.md";

    private static string FirstPath(TestBot bot) => Path.Combine(bot.Content.Root, Path01);

    private static async Task<TestBot> StartWithTwoPublishesAsync(StorageProvider storage)
    {
        var bot = await StartWithTrainersAsync(storage);
        foreach (var (title, userId) in new[] { ("第二版", Trainer), ("第三版", OtherTrainer) })
        {
            var staged = await bot.SendFileAsync("01-first.md", Lesson(title), userId);
            Assert.Contains("已发布", AllText(await bot.PressAsAsync(staged, "发布", userId)), StringComparison.Ordinal);
            bot.Clock.Advance(TimeSpan.FromHours(1));
        }

        return bot;
    }

    private static Task<int> VersionCountAsync(TestBot bot) => bot.QueryAsync(db => db.ContentVersions.CountAsync());

    [SkippableFact]
    public async Task ThePreviewNamesTheVersionItsDateAndPublisherAndTheFileItChangesAndWritesNothing()
    {
        await using var bot = await StartWithTwoPublishesAsync(storage);
        var before = File.ReadAllText(FirstPath(bot));

        var preview = await bot.SendAsAsync("/rollback alpha/first 2", Trainer);

        var lines = AllText(preview).Split('\n');
        Assert.Equal("恢复预览（尚未改动）", lines[0]);
        Assert.Equal("courses/alpha/01-first.md 将恢复为：", lines[1]);
        Assert.Equal("第 2 版 · 2026-03-02 10:00 · 王讲师（2001） · 上传", lines[2]);
        Assert.Equal("将改动的文件：", lines[3]);
        Assert.Equal("courses/alpha/01-first.md（增加 1 行，删除 1 行）", lines[4]);
        Assert.Equal(["确认", "取消"], preview.Replies.Single().Buttons.SelectMany(row => row).Select(b => b.Label));
        Assert.Equal(before, File.ReadAllText(FirstPath(bot)));
        Assert.Equal(3, await VersionCountAsync(bot));
    }

    [SkippableFact]
    public async Task ConfirmRestoresTheVersionInPlaceOfThePreview()
    {
        await using var bot = await StartWithTwoPublishesAsync(storage);
        var original = await bot.QueryAsync(db => db.ContentVersions.SingleAsync(v => v.Number == 1));

        var preview = await bot.SendAsAsync("/rollback alpha/first 1", Trainer);
        Assert.Contains("第 1 版 · 2026-03-02 10:00 · — · 发布前的原文件", AllText(preview), StringComparison.Ordinal);
        Assert.Contains("courses/alpha/01-first.md（增加 24 行，删除 3 行）", AllText(preview), StringComparison.Ordinal);

        var confirmed = await bot.PressAsAsync(preview, "确认", Trainer);

        var reply = Assert.Single(confirmed.Replies);
        Assert.True(reply.ReplacesSource);
        Assert.Contains("已将 courses/alpha/01-first.md 恢复为第 1 版的内容（记为第 4 版）", reply.Text.Plain, StringComparison.Ordinal);
        Assert.Equal(original.Content, File.ReadAllBytes(FirstPath(bot)));
        Assert.Equal(4, await VersionCountAsync(bot));
    }

    [SkippableFact]
    public async Task CancelLeavesTheFileAndTheVersionsAsTheyWere()
    {
        await using var bot = await StartWithTwoPublishesAsync(storage);
        var before = File.ReadAllText(FirstPath(bot));
        var preview = await bot.SendAsAsync("/rollback alpha/first 1", Trainer);

        var cancelled = await bot.PressAsAsync(preview, "取消", Trainer);

        Assert.Equal("已取消恢复，courses/alpha/01-first.md 未改动。", AllText(cancelled));
        Assert.True(cancelled.Replies.Single().ReplacesSource);
        Assert.Equal(before, File.ReadAllText(FirstPath(bot)));
        Assert.Equal(3, await VersionCountAsync(bot));
    }

    [SkippableFact]
    public async Task APreviewOutdatedByALaterPublishIsNotActedOn()
    {
        await using var bot = await StartWithTwoPublishesAsync(storage);
        var preview = await bot.SendAsAsync("/rollback alpha/first 1", Trainer);
        await bot.PressAsAsync(await bot.SendFileAsync("01-first.md", Lesson("第四版"), OtherTrainer), "发布", OtherTrainer);

        var confirmed = await bot.PressAsAsync(preview, "确认", Trainer);

        Assert.Equal("预览之后 courses/alpha/01-first.md 又有了新版本，未恢复。请重新发送 /rollback 查看。", confirmed.Toast);
        Assert.Contains("title: 第四版", File.ReadAllText(FirstPath(bot)), StringComparison.Ordinal);
        Assert.Equal(4, await VersionCountAsync(bot));
    }

    [SkippableFact]
    public async Task ConfirmingTwiceRestoresOnce()
    {
        await using var bot = await StartWithTwoPublishesAsync(storage);
        var preview = await bot.SendAsAsync("/rollback alpha/first 1", Trainer);

        await bot.PressAsAsync(preview, "确认", Trainer);
        var again = await bot.PressAsAsync(preview, "确认", Trainer);

        Assert.Equal(UiText.Format(UiText.RollbackPreviewOutdated, Path01), again.Toast);
        Assert.Empty(again.Replies);
        Assert.Equal(4, await VersionCountAsync(bot));
    }

    [SkippableFact]
    public async Task OnlyTheTrainerWhoAskedCanPressThePreviewsButtons()
    {
        await using var bot = await StartWithTwoPublishesAsync(storage);
        var before = File.ReadAllText(FirstPath(bot));
        var preview = await bot.SendAsAsync("/rollback alpha/first 1", Trainer);

        foreach (var presser in new[] { OtherTrainer, Member })
        {
            Assert.Equal(UiText.StaleButton, (await bot.PressAsAsync(preview, "确认", presser)).Toast);
            Assert.Equal(UiText.StaleButton, (await bot.PressAsAsync(preview, "取消", presser)).Toast);
        }

        Assert.Equal(UiText.StaleButton, (await bot.PressAsync("1:rb:1:3:notanumber", Trainer)).Toast);
        Assert.Equal(before, File.ReadAllText(FirstPath(bot)));
        Assert.Equal(3, await VersionCountAsync(bot));
    }
}

public sealed class RollbackConfirmationTestsOnSqlite() : RollbackConfirmationTests(StorageProvider.Sqlite);

public sealed class RollbackConfirmationTestsOnPostgres() : RollbackConfirmationTests(StorageProvider.Postgres);
