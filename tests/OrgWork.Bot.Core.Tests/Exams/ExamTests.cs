using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Exams;
using OrgWork.Bot.Core.Jobs;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Exams;

public abstract class ExamTests(StorageProvider storage)
{
    /// <summary>An option's indentation under question <paramref name="number"/>: the width of <c>N. </c>.</summary>
    private static string Indent(int number) => new(' ', number.ToString(System.Globalization.CultureInfo.InvariantCulture).Length + 2);

    private const string Slug = "dangzhang";

    private Task<TestBot> StartAsync(string? exam = null) =>
        TestBot.StartAsync(storage, content => content.Write($"exams/{Slug}.md", exam ?? ExamDriver.ExamFile));

    [SkippableFact]
    public async Task ExamListsTheOpenExamWithItsLimits()
    {
        await using var bot = await StartAsync();

        var list = await bot.SendAsync("/exam");

        var text = list.Replies.Single().Text.Plain;
        Assert.Contains("《党章党规知识测试》", text, StringComparison.Ordinal);
        Assert.Contains("限时 30 分钟，共 5 题，60 分合格；开放至 2026-03-31 18:00", text, StringComparison.Ordinal);
        Assert.Contains("已考 0/2 次", text, StringComparison.Ordinal);
        TestBot.FindButton(list, "开始考试");
    }

    [SkippableFact]
    public async Task QuestionsComeOneAtATimeWithTheTimeLeftAndNoVerdictUntilHandedIn()
    {
        await using var bot = await StartAsync();
        var exam = new ExamDriver(bot, Slug);

        var first = await exam.StartAsync();
        Assert.Contains("开始计时", first.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("第 1/5 题", first.Replies[^1].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("剩余 30 分 0 秒", first.Replies[^1].Text.Plain, StringComparison.Ordinal);

        bot.Clock.Advance(TimeSpan.FromMinutes(2));
        var second = await exam.AnswerAsync(first, correctly: true);
        var secondText = second.Replies.Single().Text.Plain;
        Assert.Contains("第 2/5 题", secondText, StringComparison.Ordinal);
        Assert.Contains("剩余 28 分 0 秒", secondText, StringComparison.Ordinal);
        Assert.DoesNotContain("正确", secondText, StringComparison.Ordinal);
        Assert.DoesNotContain("错误", secondText, StringComparison.Ordinal);

        var done = await exam.AnswerAllAsync(second, i => i < 3);
        Assert.Contains("全部 5 题已作答", done.Replies.Single().Text.Plain, StringComparison.Ordinal);

        var result = await bot.PressAsync(done, "交卷");
        var resultText = result.Replies.Single().Text.Plain;
        Assert.Contains("得分 80 分，合格（答对 4/5 题，合格线 60 分）", resultText, StringComparison.Ordinal);
        Assert.Contains("各题答案将在考试结束（2026-03-31 18:00）后公布", resultText, StringComparison.Ordinal);
        var sitting = await bot.QueryAsync(db => db.ExamSittings.SingleAsync());
        Assert.Equal(ExamEnding.HandedIn, sitting.Ending);
        Assert.True(sitting.Passed);
    }

    [SkippableFact]
    public async Task AnAnswerAfterTheDeadlineIsRefusedAndThePaperCollectedWithWhatCameBefore()
    {
        await using var bot = await StartAsync();
        var exam = new ExamDriver(bot, Slug);
        var second = await exam.AnswerAsync(await exam.StartAsync(), correctly: true);

        bot.Clock.Advance(TimeSpan.FromMinutes(30));
        var late = await exam.AnswerAsync(second, correctly: true);

        var text = string.Join("\n", late.Replies.Select(r => r.Text.Plain));
        Assert.Contains(UiText.ExamLateAnswer, text, StringComparison.Ordinal);
        Assert.Contains(UiText.ExamTimedOut, text, StringComparison.Ordinal);
        Assert.Contains("得分 20 分，不合格（答对 1/5 题", text, StringComparison.Ordinal);
        Assert.Equal(1, await bot.QueryAsync(db => db.QuizAnswers.CountAsync()));
        var sitting = await bot.QueryAsync(db => db.ExamSittings.SingleAsync());
        Assert.Equal(ExamEnding.TimedOut, sitting.Ending);
        Assert.Equal(sitting.DeadlineAt, sitting.EndedAt);
    }

    [SkippableFact]
    public async Task TheServersClockDecidesAlsoAfterARestart()
    {
        await using var bot = await StartAsync();
        var exam = new ExamDriver(bot, Slug);
        var first = await exam.StartAsync();
        var question = exam.CurrentQuestion(first);
        var button = ExamDriver.Buttons(first).First(b => b.Data.StartsWith("1:" + ExamActions.Answer, StringComparison.Ordinal) || b.Data.StartsWith("1:" + ExamActions.Toggle, StringComparison.Ordinal));

        bot.Clock.Advance(TimeSpan.FromMinutes(31));
        await using var restarted = await bot.StartAnotherInstanceAsync();
        var engine = restarted.GetRequiredService<IConversationEngine>();
        var late = await engine.HandleAsync(ChatInput.FromButton("test", "chat-1001", 1001, button.Data, "测试学员"), CancellationToken.None);

        Assert.Contains(late.Replies, r => r.Text.Plain.Contains(UiText.ExamTimedOut, StringComparison.Ordinal));
        Assert.Equal(0, await bot.QueryAsync(db => db.QuizAnswers.CountAsync(a => a.QuestionId == question.Id)));
    }

    [SkippableFact]
    public async Task AMemberWhoLostTheConnectionResumesWhereTheyWereWithTheClockStillRunning()
    {
        await using var bot = await StartAsync();
        var exam = new ExamDriver(bot, Slug);
        var third = await exam.AnswerAsync(await exam.AnswerAsync(await exam.StartAsync(), true), false);
        var paperBefore = await bot.QueryAsync(db => db.QuizAttempts.Select(a => a.QuestionIds).SingleAsync());

        bot.Clock.Advance(TimeSpan.FromMinutes(10));
        var list = await bot.SendAsync("/exam");
        Assert.Contains("正在考试，剩余 20 分 0 秒", list.Replies.Single().Text.Plain, StringComparison.Ordinal);
        var resumed = await bot.PressAsync(list, "继续考试");

        Assert.Contains("第 3/5 题", resumed.Replies.Single().Text.Plain, StringComparison.Ordinal);
        Assert.Equal(exam.CurrentQuestion(third).Id, exam.CurrentQuestion(resumed).Id);
        Assert.Equal(paperBefore, await bot.QueryAsync(db => db.QuizAttempts.Select(a => a.QuestionIds).SingleAsync()));

        // Starting again while a sitting runs resumes it instead of starting another.
        var again = await exam.StartAsync();
        Assert.Contains("第 3/5 题", again.Replies.Single().Text.Plain, StringComparison.Ordinal);
        Assert.Equal(1, await bot.QueryAsync(db => db.ExamSittings.CountAsync()));
    }

    [SkippableFact]
    public async Task AttemptsAreLimited()
    {
        await using var bot = await StartAsync();
        var exam = new ExamDriver(bot, Slug);
        for (var i = 0; i < 2; i++)
        {
            var done = await exam.AnswerAllAsync(await exam.StartAsync(), _ => false);
            await bot.PressAsync(done, "交卷");
        }

        var third = await exam.StartAsync();

        Assert.Contains("考试次数（2 次）已用完", third.Replies.Single().Text.Plain, StringComparison.Ordinal);
        Assert.Contains("考试次数已用完", (await bot.SendAsync("/exam")).Replies.Single().Text.Plain, StringComparison.Ordinal);
        Assert.Equal(2, await bot.QueryAsync(db => db.ExamSittings.CountAsync()));
    }

    [SkippableFact]
    public async Task TheDrawnPaperIsStablePerMemberAndSittingAndDiffersBetweenSittings()
    {
        await using var bot = await TestBot.StartAsync(storage, content =>
        {
            content.Write($"exams/{Slug}.md", "---\ntitle: 大题库考试\nminutes: 30\nopens: 2026-03-01\ncloses: 2026-03-31\ndraw:\n  big: 5\n---\n");
            content.Write("quizzes/big.md", "---\ntitle: 大题库\n---\n## 测验\n\n" + string.Join("\n", Enumerable.Range(1, 30).Select(i => $"{i}. 第{i}题\n{Indent(i)}- [x] 对\n{Indent(i)}- [ ] 错")));
        });
        var catalogue = bot.Services.GetCatalogue();
        var examContent = catalogue.FindExam(Slug)!;

        var first = ExamPaper.Draw(examContent, catalogue, 1001, 1);

        Assert.Equal(first, ExamPaper.Draw(examContent, catalogue, 1001, 1));
        Assert.Equal(5, first.Distinct().Count());
        Assert.NotEqual(first, ExamPaper.Draw(examContent, catalogue, 1001, 2));
        Assert.NotEqual(first, ExamPaper.Draw(examContent, catalogue, 1002, 1));
        await new ExamDriver(bot, Slug).StartAsync();
        Assert.Equal(string.Join(',', first), await bot.QueryAsync(db => db.QuizAttempts.Select(a => a.QuestionIds).SingleAsync()));
    }

    [SkippableFact]
    public async Task AbandonedSittingsAreCollectedAtTheirDeadline()
    {
        await using var bot = await StartAsync();
        var exam = new ExamDriver(bot, Slug);
        await exam.AnswerAsync(await exam.StartAsync(), correctly: true);

        var job = bot.Services.GetServices<IMaintenanceJob>().OfType<ExamCollectionJob>().Single();
        await job.RunAsync(bot.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        Assert.Null((await bot.QueryAsync(db => db.ExamSittings.SingleAsync())).EndedAt);

        bot.Clock.Advance(TimeSpan.FromMinutes(45));
        await job.RunAsync(bot.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);

        var sitting = await bot.QueryAsync(db => db.ExamSittings.SingleAsync());
        Assert.Equal(ExamEnding.TimedOut, sitting.Ending);
        Assert.Equal(20, sitting.Score);
        Assert.Equal(sitting.DeadlineAt, sitting.EndedAt);
    }

    [SkippableFact]
    public async Task AnswersAreRevealedOnlyAfterTheExamCloses()
    {
        await using var bot = await StartAsync();
        var exam = new ExamDriver(bot, Slug);
        await bot.PressAsync(await exam.AnswerAllAsync(await exam.StartAsync(), _ => true), "交卷");
        var sittingId = await bot.QueryAsync(db => db.ExamSittings.Select(s => s.Id).SingleAsync());

        var early = await bot.PressAsync(ExamActions.ToReview(sittingId));
        Assert.Contains("考试结束（2026-03-31 18:00）后才能查看答案", early.Toast, StringComparison.Ordinal);

        bot.Clock.Advance(TimeSpan.FromDays(40));
        var list = await bot.SendAsync("/exam");
        var review = await bot.PressAsync(list, "查看答卷");

        var text = review.Replies.Single().Text.Plain;
        Assert.Contains("《党章党规知识测试》答卷（第 1 次，100 分）", text, StringComparison.Ordinal);
        Assert.Contains("正确答案：党的全国代表大会和它所产生的中央委员会", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AnExamForOtherBranchesIsNeitherListedNorStarted()
    {
        await using var bot = await StartAsync(ExamDriver.ExamFile.Replace("attempts: 2", "attempts: 2\naudience:\n  - 城关镇党委", StringComparison.Ordinal));

        Assert.Contains(UiText.ExamNoneOpen, (await bot.SendAsync("/exam")).Replies.Single().Text.Plain, StringComparison.Ordinal);
        Assert.Contains(UiText.ExamNotForYou, (await new ExamDriver(bot, Slug).StartAsync()).Replies.Single().Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PassingAnExamThatGivesACertificateIssuesItOnceAndFailingDoesNot()
    {
        await using var bot = await StartAsync(ExamDriver.ExamFile.Replace("attempts: 2", "attempts: 2\ncertificate: true\nhours: 2", StringComparison.Ordinal));
        var exam = new ExamDriver(bot, Slug);

        var failed = await bot.PressAsync(await exam.AnswerAllAsync(await exam.StartAsync(), _ => false), "交卷");
        Assert.Equal(0, await bot.QueryAsync(db => db.Set<Core.Certificates.Storage.Certificate>().CountAsync()));
        Assert.DoesNotContain("结业证书", failed.Replies.Single().Text.Plain, StringComparison.Ordinal);

        var passed = await bot.PressAsync(await exam.AnswerAllAsync(await exam.StartAsync(), _ => true), "交卷");

        var certificate = await bot.QueryAsync(db => db.Set<Core.Certificates.Storage.Certificate>().SingleAsync());
        Assert.Contains("已颁发结业证书", passed.Replies.Single().Text.Plain, StringComparison.Ordinal);
        Assert.Equal("党章党规知识测试", certificate.Title);
        Assert.Equal(2, certificate.Hours);
        Assert.Contains(ExamDriver.Buttons(passed), b => b.Data == Core.Certificates.CertificateButton.For(certificate.Serial));
        Assert.Contains("结业证书", (await bot.SendAsync("/exam")).Replies.Single().Text.Plain + (await bot.SendAsync("/certificates")).Replies[0].Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task StatsCoverTheExamsQuestions()
    {
        await using var bot = await TestBot.StartAsync(
            storage, content => content.Write($"exams/{Slug}.md", ExamDriver.ExamFile), new Dictionary<string, string?> { ["Bot:Admins:0"] = "9001" });
        var exam = new ExamDriver(bot, Slug);
        await bot.PressAsync(await exam.AnswerAllAsync(await exam.StartAsync(), _ => true), "交卷");

        var stats = (await bot.SendAsync($"/stats {Slug}", userId: 9001)).Replies.Single().Text.Plain;

        Assert.Contains("党章党规知识测试", stats, StringComparison.Ordinal);
        Assert.Contains("考试自带第一题", stats, StringComparison.Ordinal);
        Assert.Contains("题库第一题", stats, StringComparison.Ordinal);
        Assert.DoesNotContain(UiText.StatsNoAnswers, stats, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AnotherMembersSittingCannotBeAnsweredOrHandedIn()
    {
        await using var bot = await StartAsync();
        var first = await new ExamDriver(bot, Slug).StartAsync();
        var sittingId = await bot.QueryAsync(db => db.ExamSittings.Select(s => s.Id).SingleAsync());

        var forged = await bot.PressAsync(ExamActions.ToHandIn(sittingId), userId: 2002);
        var answer = await bot.PressAsync(ExamDriver.Buttons(first).First().Data, userId: 2002);

        Assert.Equal(UiText.StaleButton, forged.Toast);
        Assert.Equal(UiText.StaleButton, answer.Toast);
        Assert.Null((await bot.QueryAsync(db => db.ExamSittings.SingleAsync())).EndedAt);
    }
}

public sealed class ExamTestsOnSqlite() : ExamTests(StorageProvider.Sqlite);

public sealed class ExamTestsOnPostgres() : ExamTests(StorageProvider.Postgres);
