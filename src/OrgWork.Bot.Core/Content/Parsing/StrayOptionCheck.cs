using Markdig.Syntax;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>Reports task-list options (<c>[x]</c>, <c>[ ]</c>) that stand outside a quiz section.</summary>
public static class StrayOptionCheck
{
    public static void Report(MarkdownDocument document, QuizSection? quiz, DiagnosticBag diagnostics)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (InlineText.StartsWithTask(paragraph, out _) && (quiz is null || !quiz.Contains(paragraph)))
            {
                diagnostics.Add(UiText.Diagnostics.OptionOutsideQuiz, paragraph.Line + 1);
            }
        }
    }
}
