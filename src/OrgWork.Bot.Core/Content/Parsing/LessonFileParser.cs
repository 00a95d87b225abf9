using Markdig;
using Markdig.Extensions.Yaml;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Content.Parsing;

public static class LessonFileParser
{
    public static Lesson? Parse(string text, string sourcePath, string courseSlug, string lessonSlug, int orderFromName, Paginator paginator, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(text, MarkdownPipelines.Content);
        var frontMatter = FrontMatterReader.Read(document, diagnostics, ContentKeys.Lesson);
        var key = $"{courseSlug}/{lessonSlug}";
        var quiz = QuizSection.Find(document, diagnostics);
        var questions = quiz is null ? [] : QuizParser.Parse(quiz, key, diagnostics);
        StrayOptionCheck.Report(document, quiz, diagnostics);

        var minutes = frontMatter.Number("minutes", 0, diagnostics);
        if (!frontMatter.Values.ContainsKey("minutes"))
        {
            diagnostics.Add(UiText.Diagnostics.LessonNoMinutes, 1);
        }

        var order = frontMatter.Number("order", orderFromName, diagnostics);
        var title = frontMatter.Text("title") ?? "";
        var body = document.Where(b => b is not YamlFrontMatterBlock && (quiz is null || !quiz.Contains(b)));
        var pages = paginator.Paginate(body);
        if (pages.Count == 0)
        {
            diagnostics.Add(UiText.Diagnostics.LessonNoText, 1);
            pages = [new RichText(RichTextBuilder.Escape(title), title)];
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        return new Lesson
        {
            Id = ContentIds.ForLesson(key),
            CourseSlug = courseSlug,
            Slug = lessonSlug,
            Title = title,
            Minutes = minutes,
            Order = order,
            Pages = pages,
            Quiz = questions,
            SourcePath = sourcePath,
        };
    }
}
