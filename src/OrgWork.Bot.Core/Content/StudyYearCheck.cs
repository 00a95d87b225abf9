using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Content;

/// <summary>
/// The checks of plans and exams that need the rest of the catalogue: the courses a plan requires and the courses or
/// banks an exam draws from must exist and hold enough questions. A file that fails is skipped like any file with
/// errors, and its previously loaded version stays live.
/// </summary>
internal static class StudyYearCheck
{
    public static (List<StudyPlan> Plans, List<Exam> Exams) Check(
        Catalogue sources, IReadOnlyList<(StudyPlan Plan, DiagnosticBag Bag)> plans, IReadOnlyList<(Exam Exam, DiagnosticBag Bag)> exams, Catalogue? previous, List<Diagnostic> diagnostics)
    {
        var keptPlans = new List<StudyPlan>();
        foreach (var (plan, bag) in plans)
        {
            var missing = plan.Courses.Where(c => sources.Courses.All(course => course.Slug != c)).ToList();
            diagnostics.AddRange(missing.Select(c => UiText.Diagnostics.UnknownCourse.At(bag.Path, plan.CoursesLine, c)));
            if ((missing.Count == 0 ? plan : previous?.Plans.FirstOrDefault(p => p.SourcePath == plan.SourcePath)) is { } kept)
            {
                keptPlans.Add(kept);
            }
        }

        var keptExams = new List<Exam>();
        foreach (var (exam, bag) in exams)
        {
            var problems = DrawProblems(sources, exam, bag.Path).ToList();
            diagnostics.AddRange(problems);
            if ((problems.Count == 0 ? exam : previous?.Exams.FirstOrDefault(e => e.SourcePath == exam.SourcePath)) is { } kept)
            {
                keptExams.Add(kept);
            }
        }

        return ([.. keptPlans.OrderBy(p => p.Due).ThenBy(p => p.Slug, StringComparer.Ordinal)], [.. keptExams.OrderBy(e => e.Opens).ThenBy(e => e.Slug, StringComparer.Ordinal)]);
    }

    private static IEnumerable<Diagnostic> DrawProblems(Catalogue sources, Exam exam, string path)
    {
        foreach (var draw in exam.Draw)
        {
            var questions = sources.QuestionsOf(draw.Source);
            if (questions is null)
            {
                yield return UiText.Diagnostics.ExamDrawUnknown.At(path, draw.Line, draw.Source);
            }
            else if (questions.Count < draw.Count)
            {
                yield return UiText.Diagnostics.ExamDrawTooMany.At(path, draw.Line, draw.Source, draw.Count, questions.Count);
            }
        }
    }
}
