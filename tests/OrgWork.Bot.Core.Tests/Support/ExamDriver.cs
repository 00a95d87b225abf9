using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Exams;

namespace OrgWork.Bot.Core.Tests.Support;

/// <summary>Sits an exam through its buttons: finds the question shown and answers it rightly or wrongly.</summary>
public sealed class ExamDriver(TestBot bot, string examSlug, long userId = 1001)
{
    public const string ExamFile = """
        ---
        title: 党章党规知识测试
        minutes: 30
        pass: 60
        attempts: 2
        opens: 2026-03-01 09:00
        closes: 2026-03-31 18:00
        draw:
          bank: 2
        ---
        考试说明。

        ## 测验

        1. 考试自带第一题：党的最高领导机关是？
           - [x] 党的全国代表大会和它所产生的中央委员会
           - [ ] 党的地方组织
        2. 考试自带第二题：预备期一般为一年。
           - [x] 对
           - [ ] 错
        3. 考试自带第三题：下列哪些属于“四个意识”？
           - [x] 政治意识
           - [x] 大局意识
           - [ ] 个人意识
        """;

    public Exam Exam => bot.Services.GetCatalogue().FindExam(examSlug)!;

    public Task<ConversationResult> StartAsync() => bot.PressAsync(ExamActions.ToStart(ContentIds.ForExam(examSlug)), userId);

    public static bool IsQuestion(ConversationResult result) => Buttons(result).Any(b => b.Data.StartsWith("1:" + ExamActions.Answer + ":", StringComparison.Ordinal) || b.Data.StartsWith("1:" + ExamActions.SubmitChoice + ":", StringComparison.Ordinal));

    public Question CurrentQuestion(ConversationResult result)
    {
        var text = result.Replies.Last(r => r.Buttons.Count > 0).Text.Plain;
        return Exam.OwnQuestions.Concat(bot.Services.GetCatalogue().Questions)
            .Where(q => text.Contains(q.Text, StringComparison.Ordinal))
            .OrderByDescending(q => q.Text.Length)
            .First();
    }

    public async Task<ConversationResult> AnswerAsync(ConversationResult shown, bool correctly)
    {
        var question = CurrentQuestion(shown);
        var wanted = correctly ? question.CorrectOptions.Select(o => o.Id).ToHashSet() : [question.Options.First(o => !o.IsCorrect).Id];
        var buttons = Buttons(shown).ToList();
        if (question.Kind != QuestionKind.MultipleChoice)
        {
            return await bot.PressAsync(buttons.Single(b => b.Data.StartsWith("1:" + ExamActions.Answer + ":", StringComparison.Ordinal) && b.Data.EndsWith(":" + wanted.Single(), StringComparison.Ordinal)).Data, userId);
        }

        foreach (var option in wanted)
        {
            await bot.PressAsync(buttons.Single(b => b.Data.StartsWith("1:" + ExamActions.Toggle, StringComparison.Ordinal) && b.Data.EndsWith(":" + option, StringComparison.Ordinal)).Data, userId);
        }

        return await bot.PressAsync(buttons.Single(b => b.Data.StartsWith("1:" + ExamActions.SubmitChoice, StringComparison.Ordinal)).Data, userId);
    }

    /// <summary>Answers every question left; <paramref name="correctly"/> decides each by its index.</summary>
    public async Task<ConversationResult> AnswerAllAsync(ConversationResult first, Func<int, bool> correctly)
    {
        var current = first;
        for (var i = 0; IsQuestion(current) && i < 200; i++)
        {
            current = await AnswerAsync(current, correctly(i));
        }

        return current;
    }

    public static IEnumerable<Button> Buttons(ConversationResult result) => result.Replies.SelectMany(r => r.Buttons).SelectMany(row => row);
}
