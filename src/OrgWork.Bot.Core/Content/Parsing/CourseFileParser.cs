using Markdig;
using Markdig.Extensions.Yaml;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Content.Parsing;

public static class CourseFileParser
{
    /// <summary>Parses <c>course.md</c>; the lessons are attached by the loader.</summary>
    public static Course? Parse(string text, string sourcePath, string courseSlug, MarkdownRenderer renderer, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(text, MarkdownPipelines.Content);
        var frontMatter = FrontMatterReader.Read(document, diagnostics, ContentKeys.Course);
        var quiz = QuizSection.Find(document, diagnostics);
        if (quiz is not null)
        {
            diagnostics.Add(UiText.Diagnostics.QuizInCourseFile, quiz.Heading.Line + 1);
        }

        StrayOptionCheck.Report(document, null, diagnostics);
        var order = frontMatter.Number("order", 0, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        return new Course
        {
            Id = ContentIds.ForCourse(courseSlug),
            Slug = courseSlug,
            Title = frontMatter.Text("title")!,
            Summary = frontMatter.Text("summary") ?? "",
            Tags = frontMatter.List("tags"),
            Order = order,
            Audience = frontMatter.Text("audience") ?? "",
            Introduction = renderer.RenderBlocks(document.Where(b => b is not YamlFrontMatterBlock)),
            SourcePath = sourcePath,
        };
    }
}
