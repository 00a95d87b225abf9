using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Quizzes;

namespace OrgWork.Bot.Core.Tests.Support;

/// <summary>Answers the question shown in a result, rightly or wrongly, by pressing its buttons.</summary>
public sealed class QuizDriver(TestBot bot, long userId = 1001)
{
    public static Question CurrentQuestion(TestBot bot, ConversationResult result)
    {
        var reply = result.Replies.Last(r => r.Buttons.SelectMany(row => row).Any(b => b.Data.StartsWith("1:q", StringComparison.Ordinal)));
        return bot.Services.GetCatalogue().Questions
            .Where(q => reply.Text.Plain.Contains(q.Text, StringComparison.Ordinal))
            .OrderByDescending(q => q.Text.Length)
            .First();
    }

    public static bool IsQuestion(ConversationResult result) =>
        result.Replies.Any(r => r.Buttons.SelectMany(row => row).Any(b => b.Data.StartsWith("1:qa:", StringComparison.Ordinal) || b.Data.StartsWith("1:qs:", StringComparison.Ordinal)));

    public async Task<ConversationResult> AnswerAsync(ConversationResult question, bool correctly)
    {
        var q = CurrentQuestion(bot, question);
        var wanted = correctly ? q.CorrectOptions.Select(o => o.Id).ToHashSet() : [q.Options.First(o => !o.IsCorrect).Id];
        var buttons = question.Replies.Last(r => r.Buttons.Count > 0).Buttons.SelectMany(row => row).ToList();
        if (q.Kind != QuestionKind.MultipleChoice)
        {
            return await bot.PressAsync(buttons.Single(b => b.Data.EndsWith(":" + wanted.Single(), StringComparison.Ordinal)).Data, userId);
        }

        ConversationResult last = question;
        foreach (var option in wanted)
        {
            last = await bot.PressAsync(buttons.Single(b => b.Data.StartsWith("1:" + QuizActions.Toggle, StringComparison.Ordinal) && b.Data.EndsWith(":" + option, StringComparison.Ordinal)).Data, userId);
        }

        return await bot.PressAsync(buttons.Single(b => b.Data.StartsWith("1:" + QuizActions.Submit, StringComparison.Ordinal)).Data, userId);
    }

    /// <summary>Answers every remaining question; <paramref name="correctly"/> decides each by its index.</summary>
    public async Task<ConversationResult> FinishAsync(ConversationResult first, Func<int, bool> correctly)
    {
        var current = first;
        for (var i = 0; IsQuestion(current) && i < 50; i++)
        {
            current = await AnswerAsync(current, correctly(i));
        }

        return current;
    }
}
