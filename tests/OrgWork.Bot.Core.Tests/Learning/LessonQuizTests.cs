using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Browsing;
using OrgWork.Bot.Core.Quizzes;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Core.Tests.Support;

namespace OrgWork.Bot.Core.Tests.Learning;

public abstract class LessonQuizTests(StorageProvider storage)
{
    private static async Task<ConversationResult> StartFirstLessonQuizAsync(TestBot bot, long userId = 1001)
    {
        var lesson = bot.Services.GetCatalogue().FindLessonByKey("alpha/first")!;
        var lastPage = await bot.PressAsync(BrowsingActions.ToLessonPage(lesson.Id, 2), userId);
        return await bot.PressAsync(lastPage, "开始测验", userId);
    }

    [SkippableFact]
    public async Task TheLastPageOffersTheQuizAndItAsksOneQuestionAtATime()
    {
        await using var bot = await TestBot.StartAsync(storage);

        var start = await StartFirstLessonQuizAsync(bot);

        Assert.Contains("开始课后测验，共 3 题", start.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("第 1/3 题", start.Replies[1].Text.Plain, StringComparison.Ordinal);
        Assert.True(QuizDriver.IsQuestion(start));
    }

    [SkippableFact]
    public async Task QuizCommandListsLessonsWithQuizzes()
    {
        await using var bot = await TestBot.StartAsync(storage);

        var reply = (await bot.SendAsync("/quiz")).Replies.Single();

        Assert.Equal(["第一课（3 题）"], reply.Buttons.SelectMany(r => r).Select(b => b.Label));
    }

    [SkippableFact]
    public async Task ARightAnswerIsConfirmedWithTheExplanation()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var driver = new QuizDriver(bot);
        var first = await StartFirstLessonQuizAsync(bot);
        var question = QuizDriver.CurrentQuestion(bot, first);

        var result = await driver.AnswerAsync(first, correctly: true);

        var feedback = result.Replies[0];
        Assert.True(feedback.ReplacesSource);
        Assert.Contains("✅ 回答正确", feedback.Text.Plain, StringComparison.Ordinal);
        if (question.Explanation is not null)
        {
            Assert.Contains(question.Explanation, feedback.Text.Plain, StringComparison.Ordinal);
        }

        Assert.Contains("第 2/3 题", result.Replies[1].Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AWrongAnswerShowsTheCorrectOneAndTheLearnersChoice()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var first = await StartFirstLessonQuizAsync(bot);
        var question = QuizDriver.CurrentQuestion(bot, first);

        var feedback = (await new QuizDriver(bot).AnswerAsync(first, correctly: false)).Replies[0].Text.Plain;

        Assert.Contains("❌ 回答错误", feedback, StringComparison.Ordinal);
        Assert.Contains("正确答案：", feedback, StringComparison.Ordinal);
        Assert.Contains(question.CorrectOptions.First().Text, feedback, StringComparison.Ordinal);
        Assert.Contains("你的选择：", feedback, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AMultipleChoiceQuestionNeedsEveryCorrectOptionTicked()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var current = await StartFirstLessonQuizAsync(bot);
        var driver = new QuizDriver(bot);
        while (QuizDriver.CurrentQuestion(bot, current).Kind != QuestionKind.MultipleChoice)
        {
            current = await driver.AnswerAsync(current, correctly: true);
        }

        var question = QuizDriver.CurrentQuestion(bot, current);
        var buttons = current.Replies.Last().Buttons.SelectMany(r => r).ToList();
        var oneCorrect = question.CorrectOptions.First().Id;
        var ticked = await bot.PressAsync(buttons.Single(b => b.Data.EndsWith(":" + oneCorrect, StringComparison.Ordinal)).Data);
        var submitted = await bot.PressAsync(buttons.Single(b => b.Label.Contains("提交", StringComparison.Ordinal)).Data);

        Assert.True(ticked.Replies.Single().ReplacesSource);
        Assert.Contains(ticked.Replies.Single().Buttons.SelectMany(r => r), b => b.Label.StartsWith('☑'));
        Assert.Contains("❌ 回答错误", submitted.Replies[0].Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SubmittingWithNothingTickedIsRefusedPolitely()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var current = await StartFirstLessonQuizAsync(bot);
        var driver = new QuizDriver(bot);
        while (QuizDriver.CurrentQuestion(bot, current).Kind != QuestionKind.MultipleChoice)
        {
            current = await driver.AnswerAsync(current, correctly: true);
        }

        var submit = current.Replies.Last().Buttons.SelectMany(r => r).Single(b => b.Label.Contains("提交", StringComparison.Ordinal));
        var result = await bot.PressAsync(submit.Data);

        Assert.Equal(UiText.QuizChooseFirst, result.Toast);
    }

    [SkippableFact]
    public async Task TheSummaryGivesTheScore()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var first = await StartFirstLessonQuizAsync(bot);

        var end = await new QuizDriver(bot).FinishAsync(first, i => i != 1);

        Assert.Contains("答对 2/3 题，正确率 66%", end.Replies.Last().Text.Plain, StringComparison.Ordinal);
        Assert.Contains("答错的 1 题已记入错题本", end.Replies.Last().Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task OptionsAreCheckedByIdNotByPosition()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var first = await StartFirstLessonQuizAsync(bot);
        var question = QuizDriver.CurrentQuestion(bot, first);
        var buttons = first.Replies.Last().Buttons.SelectMany(r => r).ToList();

        // The first button is not necessarily the first option: pressing the button whose data names the
        // correct option id is right wherever the shuffle put it.
        var correct = buttons.FirstOrDefault(b => question.CorrectOptions.Any(o => b.Data.EndsWith(":" + o.Id, StringComparison.Ordinal)));
        if (question.Kind == QuestionKind.MultipleChoice || correct is null)
        {
            return;
        }

        var result = await bot.PressAsync(correct.Data);

        Assert.Contains("✅", result.Replies[0].Text.Plain, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AnAnswerDeliveredTwiceScoresOnce()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var first = await StartFirstLessonQuizAsync(bot);
        var question = QuizDriver.CurrentQuestion(bot, first);
        var button = first.Replies.Last().Buttons.SelectMany(r => r)
            .First(b => question.Kind == QuestionKind.MultipleChoice ? b.Data.StartsWith("1:qs", StringComparison.Ordinal) : b.Data.StartsWith("1:qa", StringComparison.Ordinal));

        await bot.PressAsync(button.Data);
        var again = await bot.PressAsync(button.Data);

        Assert.Equal(UiText.QuizAlreadyAnswered, again.Toast);
        Assert.Equal(1, await bot.QueryAsync(db => db.QuizAnswers.CountAsync()));
    }

    [SkippableFact]
    public async Task AFinishedAttemptAcceptsNoMoreAnswers()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var first = await StartFirstLessonQuizAsync(bot);
        var lastQuestion = first;
        var current = first;
        var driver = new QuizDriver(bot);
        while (QuizDriver.IsQuestion(current))
        {
            lastQuestion = current;
            current = await driver.AnswerAsync(current, correctly: true);
        }

        var replay = await bot.PressAsync(lastQuestion.Replies.Last().Buttons.SelectMany(r => r).First().Data);

        Assert.Equal(UiText.QuizAlreadyFinished, replay.Toast);
        Assert.Equal(3, await bot.QueryAsync(db => db.QuizAnswers.CountAsync()));
    }

    [SkippableFact]
    public async Task AnotherLearnersButtonIsRefused()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var first = await StartFirstLessonQuizAsync(bot, userId: 1001);
        var button = first.Replies.Last().Buttons.SelectMany(r => r).First();

        var result = await bot.PressAsync(button.Data, userId: 2002);

        Assert.Equal(UiText.StaleButton, result.Toast);
        Assert.Empty(result.Replies);
        Assert.Equal(0, await bot.QueryAsync(db => db.QuizAnswers.CountAsync()));
    }

    [SkippableFact]
    public async Task AnUnfinishedQuizIsResumedNotRestarted()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var first = await StartFirstLessonQuizAsync(bot);
        await new QuizDriver(bot).AnswerAsync(first, correctly: true);

        var resumed = await StartFirstLessonQuizAsync(bot);

        Assert.Contains("第 2/3 题", resumed.Replies.Single().Text.Plain, StringComparison.Ordinal);
        Assert.Equal(1, await bot.QueryAsync(db => db.QuizAttempts.CountAsync()));
    }

    [SkippableFact]
    public async Task ManyLearnersAnsweringAtOnceLoseNothing()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var learners = Enumerable.Range(1, 20).Select(i => 5000L + i).ToList();

        await Task.WhenAll(learners.Select(async id =>
        {
            var first = await StartFirstLessonQuizAsync(bot, id);
            await new QuizDriver(bot, id).FinishAsync(first, _ => true);
        }));

        Assert.Equal(60, await bot.QueryAsync(db => db.QuizAnswers.CountAsync()));
        Assert.Equal(20, await bot.QueryAsync(db => db.QuizAttempts.CountAsync(a => a.FinishedAt != null && a.CorrectCount == 3)));
    }

    [SkippableFact]
    public async Task AQuestionRemovedFromTheContentMidQuizIsSkipped()
    {
        await using var bot = await TestBot.StartAsync(storage);
        var first = await StartFirstLessonQuizAsync(bot);
        var shown = QuizDriver.CurrentQuestion(bot, first);
        var path = Path.Combine(bot.Content.Root, "courses/alpha/01-first.md");
        var text = File.ReadAllText(path);
        var others = bot.Services.GetCatalogue().FindLessonByKey("alpha/first")!.Quiz.Where(q => q.Id != shown.Id).ToList();
        File.WriteAllText(path, text.Replace(others[0].Text, others[0].Text + "（改）", StringComparison.Ordinal));
        await bot.Services.GetRequiredService<CatalogueStore>().ReloadAsync(CancellationToken.None);

        var end = await new QuizDriver(bot).FinishAsync(first, _ => true);

        Assert.True(end.Replies.Last().Text.Plain.Contains("结束", StringComparison.Ordinal), string.Join("\n---\n", end.Replies.Select(r => r.Text.Plain)) + end.Toast);
    }
}

public sealed class LessonQuizTestsOnSqlite() : LessonQuizTests(StorageProvider.Sqlite);

public sealed class LessonQuizTestsOnPostgres() : LessonQuizTests(StorageProvider.Postgres);
