using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;
using static OrgWork.Bot.Core.Tests.Publishing.Uploads;

namespace OrgWork.Bot.Core.Tests.Publishing;

public abstract class UploadRejectionTests(StorageProvider storage)
{
    private static async Task AssertNothingStagedOrWrittenAsync(TestBot bot, Dictionary<string, string> before)
    {
        Assert.Equal(before, Snapshot(bot.Content));
        Assert.Equal(0, await bot.QueryAsync(db => db.StagedUploads.CountAsync()));
    }

    [SkippableFact]
    public async Task AMemberCannotUploadAndTheFileIsNotEvenRead()
    {
        await using var bot = await StartAsync(storage);
        var before = Snapshot(bot.Content);
        var read = false;

        var result = await bot.Engine.HandleAsync(
            new ChatInput
            {
                Channel = bot.Channel,
                ChatId = "chat-1001",
                UserId = Member,
                Kind = InputKind.File,
                File = new InputFile("01-first.md", 10, _ => { read = true; return Task.FromResult<Stream>(new MemoryStream()); }),
            },
            CancellationToken.None);

        Assert.Contains("只有讲师和管理员可以上传", AllText(result), StringComparison.Ordinal);
        Assert.False(read);
        await AssertNothingStagedOrWrittenAsync(bot, before);
    }

    [SkippableFact]
    public async Task AMemberCannotUseThePublishingCommands()
    {
        await using var bot = await StartAsync(storage);

        foreach (var command in new[] { "/publish", "/versions alpha/first", "/rollback alpha/first 1", "/upload" })
        {
            Assert.Contains("需要讲师权限", AllText(await bot.SendAsync(command, Member)), StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task AMarkdownFileOverOneMegabyteIsRejected()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var before = Snapshot(bot.Content);

        var result = await bot.SendFileAsync("01-first.md", Lesson("大", new string('字', 400_000)));

        Assert.Contains("文件“01-first.md”太大，上限为 1 MB", AllText(result), StringComparison.Ordinal);
        await AssertNothingStagedOrWrittenAsync(bot, before);
    }

    [SkippableFact]
    public async Task AFileWhoseSizeTheChannelDidNotAnnounceIsCutOffAtTheLimit()
    {
        await using var bot = await StartWithTrainersAsync(storage);

        var result = await bot.SendFileAsync("03-big.md", new byte[(1024 * 1024) + 1], announcedLength: 0);

        Assert.Contains("太大", AllText(result), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AZipOverTenMegabytesIsRejected()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var before = Snapshot(bot.Content);

        var result = await bot.SendFileAsync("course.zip", new byte[(10 * 1024 * 1024) + 1], announcedLength: 0);

        Assert.Contains("文件“course.zip”太大，上限为 10 MB", AllText(result), StringComparison.Ordinal);
        await AssertNothingStagedOrWrittenAsync(bot, before);
    }

    [SkippableFact]
    public async Task AZipWithMoreThanTwoHundredFilesIsRejected()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var entries = Enumerable.Range(1, 201).Select(i => ($"gamma/{i:000}-l.md", Lesson($"第{i}课"))).Prepend(("gamma/course.md", "---\ntitle: 丙\n---\n")).ToArray();

        var result = await bot.SendFileAsync("gamma.zip", Zip(entries));

        Assert.Contains("压缩包“gamma.zip”的文件超过 200 个", AllText(result), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AZipEntryOverTheMarkdownLimitIsRejected()
    {
        await using var bot = await StartWithTrainersAsync(storage);

        var result = await bot.SendFileAsync("gamma.zip", Zip(("gamma/course.md", "---\ntitle: 丙\n---\n"), ("gamma/01-big.md", Lesson("大", new string('a', 1024 * 1024)))));

        Assert.Contains("gamma/01-big.md：太大，上限为 1 MB", AllText(result), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("../escape.md")]
    [InlineData("gamma/../../escape.md")]
    [InlineData("/etc/escape.md")]
    [InlineData("C:/escape.md")]
    [InlineData("..\\escape.md")]
    [InlineData("gamma/.hidden.md")]
    public async Task AZipSlipEntryIsRejectedAndNothingIsWritten(string entry)
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var before = Snapshot(bot.Content);
        var outside = Path.GetFullPath(Path.Combine(bot.Content.Root, "..", "escape.md"));

        var result = await bot.SendFileAsync("gamma.zip", Zip(("gamma/course.md", "---\ntitle: 丙\n---\n"), (entry, Lesson("越界"))));

        Assert.Contains("路径不安全", AllText(result), StringComparison.Ordinal);
        Assert.Contains(entry.Replace('\\', '/'), AllText(result), StringComparison.Ordinal);
        Assert.False(File.Exists(outside));
        await AssertNothingStagedOrWrittenAsync(bot, before);
    }

    [SkippableFact]
    public async Task ASymbolicLinkInAZipIsRejected()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var course = archive.CreateEntry("gamma/course.md").Open())
            {
                course.Write("---\ntitle: 丙\n---\n"u8);
            }

            var link = archive.CreateEntry("gamma/01-link.md");
            link.ExternalAttributes = unchecked((int)0xA1FF0000); // S_IFLNK | 0777, as zip -y stores a symlink
            using var target = link.Open();
            target.Write("/etc/passwd"u8);
        }

        var result = await bot.SendFileAsync("gamma.zip", buffer.ToArray());

        Assert.Contains("gamma/01-link.md：是链接，不接受", AllText(result), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("gamma/run.sh")]
    [InlineData("gamma/notes.docx")]
    [InlineData("gamma/page.html")]
    public async Task AZipEntryThatIsNeitherMarkdownNorAnImageIsRejected(string entry)
    {
        await using var bot = await StartWithTrainersAsync(storage);

        var result = await bot.SendFileAsync("gamma.zip", Zip(("gamma/course.md", "---\ntitle: 丙\n---\n"), (entry, "#!/bin/sh")));

        Assert.Contains($"{entry}：只接受 Markdown（.md）和图片", AllText(result), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("setup.exe")]
    [InlineData("lesson.docx")]
    [InlineData("lesson.markdown")]
    public async Task AFileOfAnotherTypeIsRejected(string name)
    {
        await using var bot = await StartWithTrainersAsync(storage);

        var result = await bot.SendFileAsync(name, "内容");

        Assert.Contains($"不支持“{name}”这种文件", AllText(result), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AFileThatIsNotAZipIsSaidSo()
    {
        await using var bot = await StartWithTrainersAsync(storage);

        var result = await bot.SendFileAsync("gamma.zip", "这不是压缩包");

        Assert.Contains("“gamma.zip”不是有效的 zip 压缩包", AllText(result), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task InvalidMarkdownGetsTheValidatorsReportAndIsNotStaged()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var before = Snapshot(bot.Content);

        var result = await bot.SendFileAsync("01-first.md", "---\nminutes: 5\n---\n正文。\n\n## 测验\n\n1. 没有正确选项的题\n   - [ ] 甲\n   - [ ] 乙\n");

        var text = AllText(result);
        Assert.Contains("courses/alpha/01-first.md:1: 错误 [CT103]: ", text, StringComparison.Ordinal);
        Assert.Contains("courses/alpha/01-first.md:8: 错误 [CT217]: ", text, StringComparison.Ordinal);
        Assert.Contains("有错误，未暂存", text, StringComparison.Ordinal);
        Assert.Empty(result.Replies.SelectMany(r => r.Buttons));
        await AssertNothingStagedOrWrittenAsync(bot, before);
    }

    [SkippableFact]
    public async Task AZipWithAnInvalidLessonIsRejectedWhole()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var before = Snapshot(bot.Content);

        var result = await bot.SendFileAsync("gamma.zip", Zip(("gamma/course.md", "---\ntitle: 丙\n---\n"), ("gamma/01-good.md", Lesson("好")), ("gamma/02-bad.md", "没有前言")));

        Assert.Contains("courses/gamma/02-bad.md:1: 错误 [CT101]: ", AllText(result), StringComparison.Ordinal);
        await AssertNothingStagedOrWrittenAsync(bot, before);
    }

    [SkippableFact]
    public async Task AnUploadCausingADuplicateSlugElsewhereInTheCourseIsRejected()
    {
        await using var bot = await StartWithTrainersAsync(storage);

        // 01-second.md would clash with the existing 02-second.md; the loader reports it on either file.
        var result = await bot.SendFileAsync("gamma.zip", Zip(("alpha/01-second.md", Lesson("重复"))));

        Assert.Contains("[CT308]", AllText(result), StringComparison.Ordinal);
        Assert.Equal(0, await bot.QueryAsync(db => db.StagedUploads.CountAsync()));
    }
}

public sealed class UploadRejectionTestsOnSqlite() : UploadRejectionTests(StorageProvider.Sqlite);

public sealed class UploadRejectionTestsOnPostgres() : UploadRejectionTests(StorageProvider.Postgres);
