using Markdig;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Content.Parsing;

public static class BankFileParser
{
    public static QuestionBank? Parse(string text, string sourcePath, string bankSlug, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(text, Rendering.MarkdownPipelines.Content);
        var frontMatter = FrontMatterReader.Read(document, diagnostics, ContentKeys.Bank);
        var quiz = QuizSection.Find(document, diagnostics);
        StrayOptionCheck.Report(document, quiz, diagnostics);
        if (quiz is null)
        {
            diagnostics.Add(UiText.Diagnostics.BankNoQuiz, 1);
            return null;
        }

        var questions = QuizParser.Parse(quiz, $"quizzes/{bankSlug}", diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        return new QuestionBank
        {
            Slug = bankSlug,
            Title = frontMatter.Text("title")!,
            Summary = frontMatter.Text("summary") ?? "",
            Questions = questions,
            SourcePath = sourcePath,
        };
    }
}
