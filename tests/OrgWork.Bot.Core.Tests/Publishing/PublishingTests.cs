using System.Text;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation.Browsing;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;
using static OrgWork.Bot.Core.Tests.Publishing.Uploads;

namespace OrgWork.Bot.Core.Tests.Publishing;

public abstract class PublishingTests(StorageProvider storage)
{
    private const string EditedFirst = """
        ---
        title: 第一课（修订）
        minutes: 12
        order: 1
        ---
        修订后的第一页。

        ***

        修订后的第二页。

        ## 测验

        1. 单选题：长征开始于哪一年？
           - [ ] 1927年
           - [x] 1934年
        """;

    [SkippableFact]
    public async Task ATrainersLessonIsValidatedPreviewedAndOnlyWrittenOnPublish()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var before = Snapshot(bot.Content);

        var staged = await bot.SendFileAsync("01-first.md", EditedFirst);

        Assert.Equal(2, staged.Replies.Count);
        var report = staged.Replies[0].Text.Plain;
        Assert.Contains("检查结果：01-first.md", report, StringComparison.Ordinal);
        Assert.Contains("✅ 没有发现问题。", report, StringComparison.Ordinal);
        Assert.Contains("更新：courses/alpha/01-first.md", report, StringComparison.Ordinal);
        var preview = staged.Replies[1];
        Assert.Contains("学员将看到的第一页", preview.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("第一课（修订）（第 1/2 页）", preview.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("修订后的第一页。", preview.Text.Plain, StringComparison.Ordinal);
        Assert.DoesNotContain("修订后的第二页", preview.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("<b>第一课（修订）</b>", preview.Text.Html, StringComparison.Ordinal);
        Assert.Equal(["✅ 发布", "✖ 取消"], preview.Buttons.Single().Select(b => b.Label));
        Assert.All(preview.Buttons.Single(), b => Assert.True(Encoding.UTF8.GetByteCount(b.Data) <= 64));
        Assert.Equal(before, Snapshot(bot.Content));
        Assert.Equal("第一课", bot.Services.GetCatalogue().FindLessonByKey("alpha/first")!.Title);

        var published = await bot.PressAsAsync(staged, "发布", Trainer);

        var text = AllText(published);
        Assert.Contains("✅ 已发布“01-first.md”", text, StringComparison.Ordinal);
        Assert.Contains("courses/alpha/01-first.md（第 2 版）", text, StringComparison.Ordinal);
        Assert.Contains("课程目录已更新：2 门课程，3 课", text, StringComparison.Ordinal);
        Assert.Equal(EditedFirst, File.ReadAllText(Path.Combine(bot.Content.Root, "courses/alpha/01-first.md")));
        Assert.Equal("第一课（修订）", bot.Services.GetCatalogue().FindLessonByKey("alpha/first")!.Title);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(bot.Content.Root, "courses/alpha"), "*.tmp"));

        var versions = await bot.QueryAsync(db => db.ContentVersions.OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([VersionSource.Existing, VersionSource.Upload], versions.Select(v => v.Source));
        Assert.Equal(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures/valid/courses/alpha/01-first.md")), versions[0].Content);
        Assert.Equal(Trainer, versions[1].AuthorId);
        Assert.Equal("王讲师", versions[1].AuthorName);
        Assert.Equal(1, versions[1].PreviousNumber);
        Assert.Equal(bot.Clock.Now.UtcDateTime, versions[1].CreatedAt);
        Assert.Equal(OrgWork.Bot.Core.Publishing.ContentHash.Of(Encoding.UTF8.GetBytes(EditedFirst)), versions[1].ContentHash);
        Assert.Equal(UploadStatus.Published, await bot.QueryAsync(db => db.StagedUploads.Select(u => u.Status).SingleAsync()));
        Assert.Equal(0, await bot.QueryAsync(db => db.StagedFiles.CountAsync()));
    }

    [SkippableFact]
    public async Task PressingPublishTwiceWritesOnce()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var staged = await bot.SendFileAsync("01-first.md", EditedFirst);
        await bot.PressAsAsync(staged, "发布", Trainer);

        var again = await bot.PressAsAsync(staged, "发布", Trainer);

        Assert.Equal("这次上传已经发布过了。", again.Toast);
        Assert.Equal(2, await bot.QueryAsync(db => db.ContentVersions.CountAsync()));
    }

    [SkippableFact]
    public async Task CancelLeavesTheContentFolderUntouched()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var before = Snapshot(bot.Content);
        var staged = await bot.SendFileAsync("01-first.md", EditedFirst);

        var cancelled = await bot.PressAsAsync(staged, "取消", Trainer);

        Assert.Contains("已取消“01-first.md”，课程目录未改动", AllText(cancelled), StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(bot.Content));
        Assert.Equal("这次上传已经取消或过期。", (await bot.PressAsAsync(staged, "发布", Trainer)).Toast);
        Assert.Equal(0, await bot.QueryAsync(db => db.ContentVersions.CountAsync()));
    }

    [SkippableFact]
    public async Task OnlyTheUploaderCanPressItsButtons()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        await bot.SendAsync("/start", Member);
        var staged = await bot.SendFileAsync("01-first.md", EditedFirst);

        Assert.Equal(UiStale, (await bot.PressAsAsync(staged, "发布", OtherTrainer)).Toast);
        Assert.Equal(UiStale, (await bot.PressAsync(staged, "取消", Member)).Toast);
        Assert.Equal(UiStale, (await bot.PressAsync("1:pb:99999", Trainer)).Toast);
        Assert.Equal(UiStale, (await bot.PressAsync("1:pb:abc", Trainer)).Toast);
        Assert.Equal(UploadStatus.Ready, await bot.QueryAsync(db => db.StagedUploads.Select(u => u.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task ANewLessonGoesIntoTheCourseTheTrainerChooses()
    {
        await using var bot = await StartWithTrainersAsync(storage);

        var staged = await bot.SendFileAsync("03-third.md", Lesson("第三课", "第三课的正文。"));

        Assert.Contains("请选择放入哪门课程", AllText(staged), StringComparison.Ordinal);
        Assert.Contains("第三课的正文。", staged.Replies[1].Text.Plain, StringComparison.Ordinal);
        Assert.Equal(["放入《甲课程》", "放入《乙课程》", "✖ 取消"], staged.Replies[1].Buttons.SelectMany(r => r).Select(b => b.Label));

        var targeted = await bot.PressAsAsync(staged, "甲课程", Trainer);
        Assert.Contains("新增：courses/alpha/03-third.md", AllText(targeted), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(bot.Content.Root, "courses/alpha/03-third.md")));

        var published = await bot.PressAsAsync(targeted, "发布", Trainer);

        Assert.Contains("courses/alpha/03-third.md（第 1 版）", AllText(published), StringComparison.Ordinal);
        Assert.Equal("第三课", bot.Services.GetCatalogue().FindLessonByKey("alpha/third")!.Title);
        Assert.Null((await bot.QueryAsync(db => db.ContentVersions.SingleAsync())).PreviousNumber);
    }

    [SkippableFact]
    public async Task ChoosingACourseWhereTheLessonClashesKeepsTheUploadOpen()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var staged = await bot.SendFileAsync("05-second.md", Lesson("另一个第二课"));

        var clash = await bot.PressAsAsync(staged, "甲课程", Trainer);

        Assert.Contains("[CT308]", AllText(clash), StringComparison.Ordinal);
        var other = await bot.PressAsAsync(staged, "乙课程", Trainer);
        Assert.Contains("新增：courses/beta/05-second.md", AllText(other), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PublishCommandPublishesTheLatestUpload()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        Assert.Contains("你没有待发布的上传", AllText(await bot.SendAsAsync("/publish", Trainer)), StringComparison.Ordinal);
        await bot.SendFileAsync("01-first.md", EditedFirst);

        var published = await bot.SendAsAsync("/publish", Trainer);

        Assert.Contains("✅ 已发布“01-first.md”", AllText(published), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AWholeCourseZipIsPublishedWithItsImages()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };
        var zip = Zip(
            ("gamma/course.md", Encoding.UTF8.GetBytes("---\ntitle: 丙课程\norder: 3\n---\n丙课程简介。\n")),
            ("gamma/01-start.md", Encoding.UTF8.GetBytes(Lesson("丙一", "丙课程第一课。\n\n![地图](images/map.png)"))),
            ("gamma/02-next.md", Encoding.UTF8.GetBytes(Lesson("丙二"))),
            ("gamma/images/map.png", png),
            ("__MACOSX/gamma/._01-start.md", [0, 1, 2]));

        var staged = await bot.SendFileAsync("gamma.zip", zip);

        var text = AllText(staged);
        Assert.Contains("课程 gamma：新增 4 个文件，更新 0 个，未变 0 个", text, StringComparison.Ordinal);
        Assert.Contains("《丙课程》共 2 课", text, StringComparison.Ordinal);
        Assert.Contains("丙课程第一课。", text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(bot.Content.Root, "courses/gamma")));

        await bot.PressAsAsync(staged, "发布", Trainer);

        var course = bot.Services.GetCatalogue().FindCourseByName("gamma")!;
        Assert.Equal(["丙一", "丙二"], course.Lessons.Select(l => l.Title));
        Assert.Equal(png, File.ReadAllBytes(Path.Combine(bot.Content.Root, "courses/gamma/images/map.png")));
        Assert.False(Directory.Exists(Path.Combine(bot.Content.Root, "__MACOSX")));
        Assert.Equal(4, await bot.QueryAsync(db => db.ContentVersions.CountAsync()));
    }

    [SkippableFact]
    public async Task AZipOfFilesAtTheTopIsNamedAfterTheZipAndOnlyChangedFilesAreWritten()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var same = File.ReadAllText(Path.Combine(bot.Content.Root, "courses/alpha/02-second.md"));
        var courseFile = File.ReadAllText(Path.Combine(bot.Content.Root, "courses/alpha/course.md"));

        var staged = await bot.SendFileAsync("alpha.zip", Zip(("course.md", courseFile), ("01-first.md", EditedFirst), ("02-second.md", same)));

        Assert.Contains("课程 alpha：新增 0 个文件，更新 1 个，未变 2 个", AllText(staged), StringComparison.Ordinal);
        var published = await bot.PressAsAsync(staged, "发布", Trainer);
        Assert.Contains("courses/alpha/01-first.md（第 2 版）", AllText(published), StringComparison.Ordinal);
        Assert.Equal(["courses/alpha/01-first.md"], await bot.QueryAsync(db => db.ContentVersions.Select(v => v.Path).Distinct().ToListAsync()));
    }

    [SkippableFact]
    public async Task AQuestionBankImportIsPreviewedAsItsFirstQuestionAndPublishedUnderQuizzes()
    {
        await using var bot = await StartWithTrainersAsync(storage);

        var staged = await bot.SendFixtureAsync("village.txt");

        var preview = staged.Replies[1].Text.Plain;
        Assert.Contains("学员将看到的第一题（题库共 3 题）", preview, StringComparison.Ordinal);
        Assert.Contains("第 1/3 题（单选）", preview, StringComparison.Ordinal);
        Assert.Contains("村集体经济组织的成员权由什么决定？", preview, StringComparison.Ordinal);
        Assert.Contains("新增：quizzes/village.md", AllText(staged), StringComparison.Ordinal);

        await bot.PressAsAsync(staged, "发布", Trainer);

        var bank = bot.Services.GetCatalogue().Banks.Single(b => b.Slug == "village");
        Assert.Equal(3, bank.Questions.Count);
        Assert.Contains("## 测验", File.ReadAllText(Path.Combine(bot.Content.Root, "quizzes/village.md")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AMalformedQuestionBankGetsItsReportInTheTrainersLines()
    {
        await using var bot = await StartWithTrainersAsync(storage);

        var result = await bot.SendFixtureAsync("broken.csv");

        var text = AllText(result);
        Assert.Contains("broken.csv:2: 错误 [CT515]: ", text, StringComparison.Ordinal);
        Assert.Contains("有错误，未暂存", text, StringComparison.Ordinal);
        Assert.Equal(0, await bot.QueryAsync(db => db.StagedUploads.CountAsync()));
    }

    [SkippableFact]
    public async Task ValidatorProblemsOfAnImportPointIntoTheSourceFile()
    {
        await using var bot = await StartWithTrainersAsync(storage);

        var result = await bot.SendFileAsync("dup.gift", "甲题 {=对的 ~错的}\n\n甲题 {=对的 ~错的}\n");

        Assert.Contains("dup.gift:3: 错误 [CT203]: ", AllText(result), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AMarkdownFileHoldingOnlyAQuizIsANewQuestionBank()
    {
        await using var bot = await StartWithTrainersAsync(storage);

        var staged = await bot.SendFileAsync("extra.md", "---\ntitle: 补充题库\n---\n## 测验\n\n1. 补充题\n   - [x] 对\n   - [ ] 错\n");

        Assert.Contains("新增：quizzes/extra.md", AllText(staged), StringComparison.Ordinal);
        await bot.PressAsAsync(staged, "发布", Trainer);
        Assert.Contains(bot.Services.GetCatalogue().Banks, b => b.Title == "补充题库");
    }

    [SkippableFact]
    public async Task ALearnerInTheMiddleOfALessonAndAQuizIsNotDisturbed()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var lesson = bot.Services.GetCatalogue().FindLessonByKey("alpha/first")!;
        var page1 = await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 1), Member);
        var quiz = await bot.SendAsync("/quiz", Member);
        var question = await bot.PressAsync(quiz, "第一课", Member);
        Assert.True(QuizDriver.IsQuestion(question));

        var staged = await bot.SendFileAsync("01-first.md", EditedFirst.Replace("修订后的第二页。", "修订后的第二页。\n\n新增的段落。", StringComparison.Ordinal));
        await bot.PressAsAsync(staged, "发布", Trainer);

        var page2 = await bot.PressAsync(page1, "下一页", Member);
        Assert.Null(page2.Toast);
        Assert.Contains("新增的段落。", page2.Replies.Single().Text.Plain, StringComparison.Ordinal);
        var answered = await new QuizDriver(bot, Member).AnswerAsync(question, correctly: true);
        Assert.Null(answered.Toast);
        Assert.Contains("回答正确", AllText(answered), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ACourseFileOnItsOwnUpdatesTheChosenCoursesIntroduction()
    {
        await using var bot = await StartWithTrainersAsync(storage);

        var staged = await bot.SendFileAsync("course.md", "---\ntitle: 乙课程（新版）\norder: 2\n---\n新的课程简介。\n");

        Assert.Contains("请选择这个 course.md 属于哪门课程", AllText(staged), StringComparison.Ordinal);
        Assert.Contains("新的课程简介。", staged.Replies[1].Text.Plain, StringComparison.Ordinal);
        var targeted = await bot.PressAsAsync(staged, "乙课程", Trainer);
        Assert.Contains("更新：courses/beta/course.md", AllText(targeted), StringComparison.Ordinal);
        await bot.PressAsAsync(targeted, "发布", Trainer);

        Assert.Equal("乙课程（新版）", bot.Services.GetCatalogue().FindCourseByName("beta")!.Title);
        Assert.Single(bot.Services.GetCatalogue().FindCourseByName("beta")!.Lessons);
    }

    [SkippableFact]
    public async Task StagedUploadsOlderThanAWeekExpire()
    {
        await using var bot = await StartWithTrainersAsync(storage);
        var old = await bot.SendFileAsync("01-first.md", EditedFirst);
        bot.Clock.Advance(TimeSpan.FromDays(8));

        await bot.SendFileAsync("02-second.md", Lesson("第二课（修订）"));

        Assert.Equal("这次上传已经取消或过期。", (await bot.PressAsAsync(old, "发布", Trainer)).Toast);
        Assert.Equal(1, await bot.QueryAsync(db => db.StagedFiles.CountAsync()));
    }

    private const string UiStale = OrgWork.Bot.Core.Conversation.UiText.StaleButton;
}

public sealed class PublishingTestsOnSqlite() : PublishingTests(StorageProvider.Sqlite);

public sealed class PublishingTestsOnPostgres() : PublishingTests(StorageProvider.Postgres);
