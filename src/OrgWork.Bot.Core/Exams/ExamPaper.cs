using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Quizzes;

namespace OrgWork.Bot.Core.Exams;

/// <summary>
/// Draws one member's paper: from each source of the exam's <c>draw</c> that many questions at random, plus the
/// exam's own questions, in a shuffled order. The draw is seeded by the member, the exam and the sitting's number, so
/// it is the same whenever it is made for them (and it is stored when the sitting starts).
/// </summary>
public static class ExamPaper
{
    public static IReadOnlyList<string> Draw(Exam exam, Catalogue catalogue, long learnerId, int number)
    {
        var salt = $"{exam.Slug}:{number}";
        var chosen = new List<string>();
        foreach (var draw in exam.Draw)
        {
            var pool = (catalogue.QuestionsOf(draw.Source) ?? []).Select(q => q.Id).Where(id => !chosen.Contains(id)).Distinct();
            chosen.AddRange(QuizShuffle.Shuffle(pool.Order(StringComparer.Ordinal), learnerId, $"{salt}:{draw.Source}").Take(draw.Count));
        }

        chosen.AddRange(exam.OwnQuestions.Select(q => q.Id).Where(id => !chosen.Contains(id)));
        return QuizShuffle.Shuffle(chosen, learnerId, salt);
    }

    /// <summary>A question of a paper: the exam's own, or one of the catalogue's.</summary>
    public static Question? Find(Exam? exam, Catalogue catalogue, string questionId) =>
        exam?.OwnQuestions.FirstOrDefault(q => q.Id == questionId) ?? catalogue.FindQuestion(questionId);
}
