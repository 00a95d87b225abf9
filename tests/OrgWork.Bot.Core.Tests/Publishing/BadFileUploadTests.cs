using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;
using static OrgWork.Bot.Core.Tests.Publishing.Uploads;

namespace OrgWork.Bot.Core.Tests.Publishing;

/// <summary>
/// A lesson the parser gives up on, sent to the bot, gets the validator's report like any invalid lesson;
/// bad files already lying in the course folder do not stop a good upload to that course.
/// </summary>
public abstract class BadFileUploadTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task ALessonDeeperThanTheMarkdownParserAllowsGetsAReportNotAnInternalError()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var before = Snapshot(bot.Content);

        var result = await bot.SendFileAsync("01-first.md", BadContentFiles.TooDeeplyNested);

        var text = AllText(result);
        Assert.Contains("courses/alpha/01-first.md:1: 错误 [CT009]: ", text, StringComparison.Ordinal);
        Assert.Contains("有错误，未暂存", text, StringComparison.Ordinal);
        Assert.DoesNotContain(UiText.InternalError, text, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(bot.Content));
        Assert.Equal(0, await bot.QueryAsync(db => db.StagedUploads.CountAsync()));
    }

    [SkippableFact]
    public async Task AGoodLessonIsStagedEvenWhenItsCourseFolderHoldsBadFiles()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        BadContentFiles.DanglingLink(bot.Content.Root, "courses/alpha/.#02-second.md");
        BadContentFiles.DanglingLink(bot.Content.Root, "courses/alpha/04-gone.md");
        bot.Content.Write("courses/alpha/05-deep.md", BadContentFiles.TooDeeplyNested);

        var result = await bot.SendFileAsync("01-first.md", Lesson("第一课（修订）", "修订后的正文。"));

        var text = AllText(result);
        Assert.Contains("✅ 没有发现问题。", text, StringComparison.Ordinal);
        Assert.DoesNotContain(UiText.InternalError, text, StringComparison.Ordinal);
        Assert.Equal(UploadStatus.Ready, await bot.QueryAsync(db => db.StagedUploads.Select(u => u.Status).SingleAsync()));
    }
}

public sealed class BadFileUploadTestsOnSqlite() : BadFileUploadTests(StorageProvider.Sqlite);

public sealed class BadFileUploadTestsOnPostgres() : BadFileUploadTests(StorageProvider.Postgres);
