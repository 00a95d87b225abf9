using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Content;

/// <summary>
/// The check of classes that needs the rest of the catalogue: the exam a class names must exist. A class that fails is
/// skipped like any file with errors, and its previously loaded version stays live.
/// </summary>
public static class TrainingCheck
{
    public static List<TrainingClass> Check(
        IReadOnlyList<Exam> exams, IReadOnlyList<(TrainingClass Class, DiagnosticBag Bag)> classes, Catalogue? previous, List<Diagnostic> diagnostics)
    {
        var kept = new List<TrainingClass>();
        foreach (var (trainingClass, bag) in classes)
        {
            var known = trainingClass.ExamSlug is not { } exam || exams.Any(e => e.Slug == exam);
            if (!known)
            {
                diagnostics.Add(UiText.Diagnostics.ClassUnknownExam.At(bag.Path, trainingClass.ExamLine, trainingClass.ExamSlug!));
            }

            if ((known ? trainingClass : previous?.Classes.FirstOrDefault(c => c.SourcePath == trainingClass.SourcePath)) is { } live)
            {
                kept.Add(live);
            }
        }

        return [.. kept.OrderBy(c => c.Starts).ThenBy(c => c.Slug, StringComparer.Ordinal)];
    }
}
