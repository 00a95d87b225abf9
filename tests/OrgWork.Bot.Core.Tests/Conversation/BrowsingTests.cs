using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Browsing;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Conversation;

/// <summary>The browsing flows, through the same channel-neutral API every channel uses, on a real SQLite file.</summary>
public abstract class BrowsingTests(StorageProvider storage)
{
    [SkippableFact]
    public async Task StartGreetsANewLearnerAndOffersTheCatalogue()
    {
        await using var bot = await TestBot.StartAsync(storage);

        var result = await bot.SendAsync("/start");

        var reply = Assert.Single(result.Replies);
        Assert.Contains("欢迎使用", reply.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("测试学员", reply.Text.Plain, StringComparison.Ordinal);
        Assert.Equal(UiText.ButtonCourses, reply.Buttons.Single().Single().Label);
        Assert.Equal(1, await bot.QueryAsync(db => db.Learners.CountAsync()));
    }

    [SkippableFact]
    public async Task StartAgainWelcomesBack()
    {
        await using var bot = await TestBot.StartAsync(storage);
        await bot.SendAsync("/start");

        var result = await bot.SendAsync("/start");

        Assert.Contains("欢迎回来", result.Replies[0].Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task HelpListsTheCommands()
    {
        await using var bot = await TestBot.StartAsync(storage);

        var text = (await bot.SendAsync("/help")).Replies[0].Text.Plain;

        Assert.Contains("/courses — 课程目录", text, StringComparison.Ordinal);
        Assert.Contains("/start", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task CoursesListsEveryCourseAsAButton()
    {
        await using var bot = await TestBot.StartAsync(storage);

        var reply = (await bot.SendAsync("/courses")).Replies[0];

        Assert.Equal(["甲课程", "乙课程"], reply.Buttons.SelectMany(r => r).Select(b => b.Label));
        Assert.All(reply.Buttons.SelectMany(r => r), b => Assert.True(System.Text.Encoding.UTF8.GetByteCount(b.Data) <= 64));
    }

    [SkippableFact]
    public async Task ACourseShowsItsLessonsAndProgress()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var list = await bot.SendAsync("/courses");

        var course = (await bot.PressAsync(list, "甲课程")).Replies[0];

        Assert.True(course.ReplacesSource);
        Assert.Contains("甲课程的简介", course.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("已完成 0/2", course.Text.Plain, StringComparison.Ordinal);
        Assert.Equal(["1. 第一课", "2. 第二课", UiText.ButtonBackToCatalogue], course.Buttons.SelectMany(r => r).Select(b => b.Label));
    }

    [SkippableFact]
    public async Task LessonPagesPageForwardAndBackInPlace()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var course = await bot.PressAsync(await bot.SendAsync("/courses"), "甲课程");

        var first = await bot.PressAsync(course, "第一课");
        var second = await bot.PressAsync(first, UiText.ButtonNext);
        var back = await bot.PressAsync(second, UiText.ButtonPrevious);

        Assert.Contains("第一课第一页", first.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("（第 1/2 页）", first.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("第一课第二页", second.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.True(second.Replies[0].ReplacesSource);
        Assert.Contains("第一课第一页", back.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("&lt;尖括号&gt; &amp; 和号", first.Replies[0].Text.Html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ReachingTheLastPageFinishesTheLessonOnce()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var lesson = bot.Services.GetCatalogue().FindLessonByKey("alpha/first")!;

        await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 1));
        var opened = await bot.QueryAsync(db => db.LessonProgress.SingleAsync());
        var last = await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 2));
        var finished = await bot.QueryAsync(db => db.LessonProgress.SingleAsync());
        await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 2));
        var again = await bot.QueryAsync(db => db.LessonProgress.SingleAsync());

        Assert.Null(opened.FinishedAt);
        Assert.Contains(UiText.LessonFinished, last.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.NotNull(finished.FinishedAt);
        Assert.Equal(finished.FinishedAt, again.FinishedAt);
        Assert.Contains(last.Replies[0].Buttons.SelectMany(r => r), b => b.Label.Contains("下一课：第二课", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task AFinishedLessonIsTickedInItsCourse()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var lesson = bot.Services.GetCatalogue().FindLessonByKey("alpha/second")!;
        await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 1));

        var course = await bot.SendAsync("/courses 1");

        Assert.Contains("已完成 1/2", course.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains(course.Replies[0].Buttons.SelectMany(r => r), b => b.Label == "✅ 2. 第二课");
    }

    [SkippableTheory]
    [InlineData("2:c:abc")]
    [InlineData("1:c:deadbeef")]
    [InlineData("1:l:deadbeef:1")]
    [InlineData("1:nosuchaction")]
    [InlineData("garbage")]
    [InlineData("")]
    public async Task StaleOrForgedButtonsGetAPoliteNotice(string data)
    {
        await using var bot = await TestBot.StartAsync(storage);

        var result = await bot.PressAsync(data);

        Assert.Empty(result.Replies);
        Assert.Equal(UiText.StaleButton, result.Toast);
    }

    [SkippableFact]
    public async Task APageNumberOutOfRangeIsStale()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var lesson = bot.Services.GetCatalogue().FindLessonByKey("alpha/first")!;

        var result = await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 9));

        Assert.Equal(UiText.StaleButton, result.Toast);
    }

    [SkippableFact]
    public async Task UnknownTextGetsAShortHelp()
    {
        await using var bot = await TestBot.StartAsync(storage);

        // Greetings are small talk (ChatWordsTests); text no handler takes gets the short help.
        var result = await bot.SendAsync("明天天气怎么样");

        Assert.Equal(UiText.UnknownInput, result.Replies.Single().Text.Plain);
    }

    [SkippableFact]
    public async Task AnUnknownCommandIsNamed()
    {
        await using var bot = await TestBot.StartAsync(storage);

        var result = await bot.SendAsync("/frobnicate now");

        Assert.Equal(UiText.Format(UiText.UnknownCommand, "/frobnicate"), result.Replies.Single().Text.Plain);
    }

    [SkippableFact]
    public async Task ACommandAddressedToTheBotByNameWorks()
    {
        await using var bot = await TestBot.StartAsync(storage);

        var result = await bot.SendAsync("/courses@OrgWorkBot");

        Assert.Equal(2, result.Replies[0].Buttons.Count);
    }

    [SkippableFact]
    public async Task TheSameDeliveryIsAppliedOnce()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var lesson = bot.Services.GetCatalogue().FindLessonByKey("alpha/second")!;

        var first = await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 1), deliveryId: "tg:42");
        var second = await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 1), deliveryId: "tg:42");

        Assert.False(first.WasDuplicate);
        Assert.True(second.WasDuplicate);
        Assert.Empty(second.Replies);
        Assert.Equal(1, await bot.QueryAsync(db => db.ProcessedUpdates.CountAsync(u => u.Id == "tg:42")));
    }

    [SkippableFact]
    public async Task ConcurrentCopiesOfOneDeliveryApplyOnce()
    {
        await using var bot = await TestBot.StartAsync(storage);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => bot.SendAsync("/start", deliveryId: "tg:7")));

        Assert.Equal(1, results.Count(r => !r.WasDuplicate));
        Assert.Equal(1, await bot.QueryAsync(db => db.Learners.CountAsync()));
    }
}

public sealed class BrowsingTestsOnSqlite() : BrowsingTests(StorageProvider.Sqlite);

public sealed class BrowsingTestsOnPostgres() : BrowsingTests(StorageProvider.Postgres);
