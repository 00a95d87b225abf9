using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Browsing;
using OrgWork.Bot.Core.Reports;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Learning;

public abstract partial class RankAndReportTests(StorageProvider storage)
{
    private const long Admin = 9001;

    private Task<TestBot> StartAsync(Action<TempContent>? arrange = null) =>
        TestBot.StartAsync(storage, arrange, new Dictionary<string, string?> { ["Bot:Admins:0"] = "9001" });

    private static async Task<string> BranchAsync(TestBot bot, string name) =>
        InviteCode().Match((await bot.SendAsync("/branch add " + name, Admin)).Replies[0].Text.Plain).Groups[1].Value;

    private static async Task FinishLessonAsync(TestBot bot, long userId, string key)
    {
        var lesson = bot.Services.GetCatalogue().FindLessonByKey(key)!;
        await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, lesson.Pages.Count), userId);
    }

    [SkippableFact]
    public async Task RankListsBranchesByAveragePointsPerMember()
    {
        await using var bot = await StartAsync();
        var busy = await BranchAsync(bot, "甲支部");
        var quiet = await BranchAsync(bot, "乙支部");
        await bot.SendAsync("/join " + busy, 1);
        await bot.SendAsync("/join " + quiet, 2);
        await FinishLessonAsync(bot, 1, "alpha/second");

        var text = (await bot.SendAsync("/rank", 2)).Replies.Single().Text.Plain;

        Assert.Contains("1. 甲支部：人均 5.0 分", text, StringComparison.Ordinal);
        Assert.Contains("2. 乙支部：人均 0.0 分", text, StringComparison.Ordinal);
        Assert.DoesNotContain("测试学员", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheIndividualBoardShowsOnlyMembersWhoOptedIn()
    {
        await using var bot = await StartAsync();
        var code = await BranchAsync(bot, "甲支部");
        await bot.Engine.HandleAsync(Core.Conversation.ChatInput.FromText("test", "c1", 1, "/join " + code, "张三"), CancellationToken.None);
        await bot.Engine.HandleAsync(Core.Conversation.ChatInput.FromText("test", "c2", 2, "/join " + code, "李四"), CancellationToken.None);
        await bot.Engine.HandleAsync(Core.Conversation.ChatInput.FromText("test", "c1", 1, "/rank on", "张三"), CancellationToken.None);

        var board = (await bot.Engine.HandleAsync(Core.Conversation.ChatInput.FromText("test", "c2", 2, "/rank 支部", "李四"), CancellationToken.None)).Replies.Single().Text.Plain;

        Assert.Contains("张三", board, StringComparison.Ordinal);
        Assert.DoesNotContain("李四", board, StringComparison.Ordinal);
        Assert.Contains("你没有参加个人排行", board, StringComparison.Ordinal);
        Assert.Contains(UiText.RankPersonThisWeek, board, StringComparison.Ordinal);
        Assert.DoesNotContain("人均", board, StringComparison.Ordinal); // one person's points are not an average
    }

    [SkippableFact]
    public async Task TheReportIsAListAndABarChart()
    {
        await using var bot = await StartAsync();
        var code = await BranchAsync(bot, "甲支部");
        await bot.SendAsync("/join " + code, 1);
        await FinishLessonAsync(bot, 1, "alpha/second");

        var result = await bot.SendAsync("/report", Admin);

        Assert.Contains("甲支部", result.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("<b>甲支部</b>", result.Replies[0].Text.Html, StringComparison.Ordinal);
        var png = result.Replies[1].Image!.Png.ToArray();
        Assert.True(png.Length > 1000);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
    }

    [SkippableFact]
    public async Task TheReportCountsMembersActivityLessonsHoursAndAccuracy()
    {
        await using var bot = await StartAsync();
        var code = await BranchAsync(bot, "甲支部");
        await bot.SendAsync("/join " + code, 1);
        await bot.SendAsync("/join " + code, 2);
        await FinishLessonAsync(bot, 1, "alpha/first");
        await FinishLessonAsync(bot, 2, "alpha/first");
        await new QuizDriver(bot, 1).FinishAsync(await bot.SendAsync("/daily", 1), i => i < 4);

        var rows = await bot.QueryAsync(db => bot.Services.GetRequiredService<BranchReportBuilder>().BuildAsync(db, bot.Clock.Now.UtcDateTime, CancellationToken.None));

        var row = rows.Single(r => r.Branch == "甲支部");
        Assert.Equal(2, row.Members);
        Assert.Equal(2, row.ActiveThisWeek);
        Assert.Equal(2, row.LessonsFinished);
        Assert.Equal(0.4, row.StudyHours);
        Assert.Equal(0.8, row.Accuracy);
        Assert.Contains("甲支部,2,2,2,0.4,0.800", ReportFormatter.Csv(rows), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task StatsAnalyseEachQuestion()
    {
        await using var bot = await StartAsync();
        for (var learner = 1; learner <= 6; learner++)
        {
            var strong = learner <= 3;
            await TakeFirstLessonQuizAsync(bot, learner, i => strong || i == 5);
        }

        var text = (await bot.SendAsync("/stats 1", Admin)).Replies.Single().Text.Plain;

        Assert.Contains("作答 6 次，正确率 50%", text, StringComparison.Ordinal);
        Assert.Contains("最常选的错误选项：", text, StringComparison.Ordinal);
        Assert.Contains("区分度：+1.00", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task QuestionsMostLearnersMissAreFlagged()
    {
        await using var bot = await StartAsync();
        for (var learner = 1; learner <= 3; learner++)
        {
            await TakeFirstLessonQuizAsync(bot, learner, _ => false);
        }

        var text = (await bot.SendAsync("/stats alpha", Admin)).Replies.Single().Text.Plain;

        Assert.Equal(3, Regex.Count(text, "多数人答错"));
    }

    [SkippableFact]
    public async Task ARemovedQuestionStaysInStatsAsDeleted()
    {
        await using var bot = await StartAsync();
        await TakeFirstLessonQuizAsync(bot, 1, _ => true);
        var path = Path.Combine(bot.Content.Root, "courses/alpha/01-first.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("遵义会议在长征途中召开。", "遵义会议在1935年召开。", StringComparison.Ordinal));
        await bot.Services.GetRequiredService<Core.Content.CatalogueStore>().ReloadAsync(CancellationToken.None);

        var text = (await bot.SendAsync("/stats 1", Admin)).Replies.Single().Text.Plain;

        Assert.Contains("遵义会议在长征途中召开。（已删除）", text, StringComparison.Ordinal);
        Assert.Contains("遵义会议在1935年召开。", text, StringComparison.Ordinal);
    }

    /// <summary>Reads lesson alpha/first to its last page, then answers its quiz as <paramref name="correctly"/> says.</summary>
    private static async Task TakeFirstLessonQuizAsync(TestBot bot, long learner, Func<int, bool> correctly)
    {
        var lesson = bot.Services.GetCatalogue().FindLessonByKey("alpha/first")!;
        var last = await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 2), learner);
        await new QuizDriver(bot, learner).FinishAsync(await bot.PressAsync(last, "开始测验", learner), correctly);
    }

    [GeneratedRegex("邀请码：([A-Z0-9]{8})")]
    private static partial Regex InviteCode();
}

public sealed class RankAndReportTestsOnSqlite() : RankAndReportTests(StorageProvider.Sqlite);

public sealed class RankAndReportTestsOnPostgres() : RankAndReportTests(StorageProvider.Postgres);
