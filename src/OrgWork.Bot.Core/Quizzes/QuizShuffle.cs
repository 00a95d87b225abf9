using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Core.Quizzes;

/// <summary>
/// The order of questions and options in one attempt, reproducible from the attempt id alone (the seeded
/// generator's sequence is fixed), so a resumed or re-rendered question shows the same order.
/// </summary>
public static class QuizShuffle
{
    public static List<T> Shuffle<T>(IEnumerable<T> items, long attemptId, string salt = "")
    {
        var list = items.ToList();
        var random = new Random(Seed(attemptId, salt));
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    /// <summary>The options of a question as this attempt shows them; true/false keep 对 before 错.</summary>
    public static IReadOnlyList<QuestionOption> Options(Question question, long attemptId) =>
        question.Kind == QuestionKind.TrueFalse
            ? question.Options.OrderBy(o => o.Text == "对" ? 0 : 1).ToList()
            : Shuffle(question.Options, attemptId, question.Id);

    private static int Seed(long attemptId, string salt)
    {
        // A stable hash (string.GetHashCode is randomised per process).
        var hash = 2166136261u;
        foreach (var c in $"{attemptId}:{salt}")
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7fffffff);
    }
}
