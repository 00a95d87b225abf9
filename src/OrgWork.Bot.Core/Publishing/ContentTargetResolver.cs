using OrgWork.Bot.Core.Content;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>
/// Finds the file that <c>/versions</c> and <c>/rollback</c> name: a lesson key (<c>course/lesson</c>), a lesson
/// title, a bank (<c>quizzes/bank</c>), a course slug or title (its <c>course.md</c>), or a path under the
/// content folder (which also reaches images and files that do not load at the moment).
/// </summary>
public static class ContentTargetResolver
{
    public static string? Resolve(Catalogue catalogue, string argument)
    {
        var text = argument.Trim().Trim('"', '“', '”', '《', '》');
        if (text.StartsWith("content/", StringComparison.Ordinal))
        {
            text = text["content/".Length..];
        }

        if (ContentPaths.IsMarkdown(text) || ContentPaths.IsImage(text))
        {
            return ContentPaths.IsSafeRelative(text) ? text : null;
        }

        if (catalogue.FindLessonByKey(text) is { } lesson)
        {
            return lesson.SourcePath;
        }

        if (catalogue.Lessons.Where(l => l.Title == text).ToList() is [var titled])
        {
            return titled.SourcePath;
        }

        var bankSlug = text.StartsWith(ContentLayout.QuizzesFolder + "/", StringComparison.Ordinal) ? text[(ContentLayout.QuizzesFolder.Length + 1)..] : text;
        if (catalogue.Banks.FirstOrDefault(b => b.Slug == bankSlug || b.Title == text) is { } bank)
        {
            return bank.SourcePath;
        }

        if (catalogue.Courses.FirstOrDefault(c => c.Slug == text || c.Title == text) is { } course)
        {
            return course.SourcePath;
        }

        var path = text.StartsWith(ContentLayout.QuizzesFolder + "/", StringComparison.Ordinal) ? text + ".md" : null;
        return path is not null && ContentPaths.IsSafeRelative(path) ? path : null;
    }
}
