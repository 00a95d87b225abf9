using Markdig;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Knowledge.Faq;

/// <summary>
/// Reads a curated answer: front matter <c>questions</c> (a list of phrasings, required), optional <c>title</c> and
/// <c>sources</c>; the body is the approved answer. Problems are CT61x diagnostics.
/// </summary>
public static class FaqFileParser
{
    public static FaqEntry? Parse(string text, string relativePath, string slug, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(text, MarkdownPipelines.Content);
        var front = FrontMatterReader.Read(document, diagnostics, ContentKeys.Faq, titleRequired: false);
        var questions = front.List("questions").Select(q => q.Trim()).Where(q => q.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (questions.Count == 0)
        {
            diagnostics.Add(UiText.Diagnostics.FaqNoQuestions, front.Values.TryGetValue("questions", out var value) ? value.Line : 1);
        }

        var answer = Body(text);
        if (answer.Length == 0)
        {
            diagnostics.Add(UiText.Diagnostics.FaqNoAnswer, 1);
        }

        return diagnostics.HasErrors
            ? null
            : new FaqEntry(slug, relativePath, questions, answer, [.. front.List("sources").Select(s => s.Trim()).Where(s => s.Length > 0)]);
    }

    private static string Body(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.StartsWith("---", StringComparison.Ordinal))
        {
            var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            text = end < 0 ? "" : text[(text.IndexOf('\n', end + 1) is var next and >= 0 ? next + 1 : text.Length)..];
        }

        return text.Trim();
    }
}
