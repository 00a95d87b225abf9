using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Reports;

/// <summary>
/// Per-question statistics of a course: attempts, share correct, the most chosen wrong option, and
/// discrimination (upper vs lower third of learners by their score on the course). Questions removed
/// from the content keep their history, marked (已删除).
/// </summary>
public sealed class ItemAnalysis
{
    private const int MinimumLearnersForDiscrimination = 3;

    public async Task<IReadOnlyList<QuestionStats>> AnalyseAsync(OrgWorkDbContext db, Catalogue catalogue, Course course, CancellationToken cancellationToken)
    {
        var prefix = course.Slug + "/";
        var answers = await Answers(db.QuizAnswers.AsNoTracking().Where(a => a.SourceKey.StartsWith(prefix)), cancellationToken);
        var current = course.Lessons.SelectMany(l => l.Quiz.Select(q => (Group: l.Title, Question: q))).ToList();
        return Analyse(catalogue, answers, current);
    }

    /// <summary>
    /// The same for an exam: every answer given in its sittings, the exam's own questions and those drawn from courses and
    /// banks (grouped by their lesson or bank).
    /// </summary>
    public async Task<IReadOnlyList<QuestionStats>> AnalyseAsync(OrgWorkDbContext db, Catalogue catalogue, Exam exam, CancellationToken cancellationToken)
    {
        var sittings = db.ExamSittings.Where(s => s.ExamSlug == exam.Slug).Select(s => s.Id);
        var answers = await Answers(db.QuizAnswers.AsNoTracking().Where(a => sittings.Contains(a.AttemptId)), cancellationToken);
        var current = exam.OwnQuestions.Select(q => (Group: exam.Title, Question: q))
            .Concat(answers.Select(a => a.QuestionId).Distinct().Select(catalogue.FindQuestion).OfType<Question>()
                .Select(q => (Group: catalogue.FindLessonByKey(q.SourceKey)?.Title ?? catalogue.Banks.FirstOrDefault(b => q.SourceKey == $"quizzes/{b.Slug}")?.Title ?? q.SourceKey, Question: q)))
            .ToList();
        return Analyse(catalogue, answers, current);
    }

    private sealed record AnswerRow(long LearnerId, string QuestionId, string SourceKey, string QuestionText, string SelectedOptionIds, bool IsCorrect);

    private static async Task<List<AnswerRow>> Answers(IQueryable<QuizAnswer> query, CancellationToken cancellationToken) =>
        await query.Select(a => new AnswerRow(a.LearnerId, a.QuestionId, a.SourceKey, a.QuestionText, a.SelectedOptionIds, a.IsCorrect)).ToListAsync(cancellationToken);

    private static List<QuestionStats> Analyse(Catalogue catalogue, List<AnswerRow> answers, List<(string Group, Question Question)> current)
    {

        // Learners ranked by their share correct on this course; thirds taken from that order.
        var scores = answers.GroupBy(a => a.LearnerId)
            .Select(g => (Learner: g.Key, Score: g.Average(a => a.IsCorrect ? 1.0 : 0.0)))
            .OrderByDescending(s => s.Score)
            .ToList();
        var third = scores.Count / 3;
        var upper = scores.Take(third).Select(s => s.Learner).ToHashSet();
        var lower = scores.Skip(scores.Count - third).Select(s => s.Learner).ToHashSet();

        var currentIds = current.Select(c => c.Question.Id).ToHashSet();
        var stats = new List<QuestionStats>();
        foreach (var (group, question) in current)
        {
            var mine = answers.Where(a => a.QuestionId == question.Id).ToList();
            stats.Add(Analyse(question.Id, group, question.Text, isDeleted: false, mine.Select(a => (a.LearnerId, a.SelectedOptionIds, a.IsCorrect)).ToList(), question, upper, lower, scores.Count));
        }

        foreach (var deleted in answers.Where(a => !currentIds.Contains(a.QuestionId)).GroupBy(a => a.QuestionId))
        {
            var first = deleted.First();
            var lessonTitle = catalogue.FindLessonByKey(first.SourceKey)?.Title ?? first.SourceKey;
            stats.Add(Analyse(deleted.Key, lessonTitle, first.QuestionText, isDeleted: true, deleted.Select(a => (a.LearnerId, a.SelectedOptionIds, a.IsCorrect)).ToList(), null, upper, lower, scores.Count));
        }

        return stats;
    }

    private static QuestionStats Analyse(
        string id, string lesson, string text, bool isDeleted,
        List<(long Learner, string Selected, bool IsCorrect)> answers,
        Question? question, HashSet<long> upper, HashSet<long> lower, int learnerCount)
    {
        var correctRate = answers.Count == 0 ? 0 : answers.Count(a => a.IsCorrect) / (double)answers.Count;
        var correctIds = question?.CorrectOptions.Select(o => o.Id).ToHashSet() ?? [];
        var wrong = answers.Where(a => !a.IsCorrect)
            .SelectMany(a => a.Selected.Split(',', StringSplitOptions.RemoveEmptyEntries))
            .Where(o => !correctIds.Contains(o))
            .GroupBy(o => o)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        var wrongText = wrong is null ? null : question?.Options.FirstOrDefault(o => o.Id == wrong.Key)?.Text ?? wrong.Key;

        double? discrimination = null;
        if (learnerCount >= MinimumLearnersForDiscrimination)
        {
            var up = answers.Where(a => upper.Contains(a.Learner)).ToList();
            var low = answers.Where(a => lower.Contains(a.Learner)).ToList();
            if (up.Count > 0 && low.Count > 0)
            {
                discrimination = up.Average(a => a.IsCorrect ? 1.0 : 0.0) - low.Average(a => a.IsCorrect ? 1.0 : 0.0);
            }
        }

        return new QuestionStats(id, lesson, isDeleted ? text + UiText.StatsDeleted : text, isDeleted, answers.Count, correctRate, wrongText, wrong?.Count() ?? 0, discrimination);
    }
}
