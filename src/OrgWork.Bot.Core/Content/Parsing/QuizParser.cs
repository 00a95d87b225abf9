using Markdig.Syntax;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>
/// Turns a quiz section into questions: an ordered list whose items are questions, each followed by a
/// task list of options (<c>- [x]</c> correct, <c>- [ ]</c> wrong) and an optional <c>&gt; 解析：…</c>.
/// </summary>
public static class QuizParser
{
    private const string TrueText = "对";
    private const string FalseText = "错";

    public static IReadOnlyList<Question> Parse(QuizSection section, string sourceKey, DiagnosticBag diagnostics)
    {
        var questions = new List<Question>();
        var seenTexts = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case ListBlock { IsOrdered: true } list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var question = ParseQuestion(item, sourceKey, diagnostics);
                        if (question is null)
                        {
                            continue;
                        }

                        if (seenTexts.TryGetValue(question.Text, out var firstLine))
                        {
                            diagnostics.Add(UiText.Diagnostics.DuplicateQuestion, question.Line, firstLine);
                            continue;
                        }

                        seenTexts[question.Text] = question.Line;
                        questions.Add(question);
                    }

                    break;
                case ListBlock list when list.OfType<ListItemBlock>().Any(IsTaskItem):
                    diagnostics.Add(UiText.Diagnostics.OptionsNotIndented, list.Line + 1);
                    break;
                case ListBlock list:
                    diagnostics.Add(UiText.Diagnostics.QuestionsNotNumbered, list.Line + 1);
                    break;
                case BlankLineBlock or LinkReferenceDefinitionGroup:
                    break;
                default:
                    diagnostics.Add(UiText.Diagnostics.TextOutsideQuestions, block.Line + 1);
                    break;
            }
        }

        if (questions.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Add(UiText.Diagnostics.QuizEmpty, section.Heading.Line + 1);
        }

        return questions;
    }

    private static Question? ParseQuestion(ListItemBlock item, string sourceKey, DiagnosticBag diagnostics)
    {
        var line = item.Line + 1;
        var paragraph = item.OfType<ParagraphBlock>().FirstOrDefault();
        if (InlineText.StartsWithTask(paragraph, out _))
        {
            diagnostics.Add(UiText.Diagnostics.OptionsBeforeQuestion, line);
            return null;
        }

        var text = InlineText.Of(paragraph);
        if (text.Length == 0)
        {
            diagnostics.Add(UiText.Diagnostics.QuestionEmpty, line);
            return null;
        }

        var options = new List<QuestionOption>();
        string? explanation = null;
        var valid = true;
        foreach (var child in item.Skip(paragraph is null ? 0 : 1))
        {
            switch (child)
            {
                case ListBlock optionList:
                    valid &= ReadOptions(optionList, options, diagnostics, ref explanation);
                    break;
                case QuoteBlock quote:
                    explanation = ReadExplanation(quote, diagnostics) ?? explanation;
                    break;
                case ParagraphBlock extra:
                    diagnostics.Add(UiText.Diagnostics.TextUnderQuestion, extra.Line + 1);
                    break;
            }
        }

        if (!valid)
        {
            return null;
        }

        var kind = Classify(text, options, line, diagnostics);
        return kind is null ? null : new Question
        {
            Id = ContentIds.ForQuestion(sourceKey, text),
            SourceKey = sourceKey,
            Text = text,
            Kind = kind.Value,
            Options = options,
            Explanation = explanation,
            Line = line,
        };
    }

    private static bool ReadOptions(ListBlock list, List<QuestionOption> options, DiagnosticBag diagnostics, ref string? explanation)
    {
        var valid = true;
        foreach (var optionItem in list.OfType<ListItemBlock>())
        {
            var paragraph = optionItem.OfType<ParagraphBlock>().FirstOrDefault();
            if (!InlineText.StartsWithTask(paragraph, out var isCorrect))
            {
                diagnostics.Add(UiText.Diagnostics.OptionNotTask, optionItem.Line + 1);
                valid = false;
                continue;
            }

            var optionText = InlineText.Of(paragraph);
            if (optionText.Length == 0)
            {
                diagnostics.Add(UiText.Diagnostics.OptionEmpty, optionItem.Line + 1);
                valid = false;
                continue;
            }

            if (options.Any(o => o.Text == optionText))
            {
                diagnostics.Add(UiText.Diagnostics.DuplicateOption, optionItem.Line + 1, optionText);
                valid = false;
                continue;
            }

            options.Add(new QuestionOption(ContentIds.ForOption(optionText), optionText, isCorrect));

            // A '> 解析' written right under the last option belongs to the question.
            foreach (var quote in optionItem.OfType<QuoteBlock>())
            {
                explanation = ReadExplanation(quote, diagnostics) ?? explanation;
            }
        }

        return valid;
    }

    private static string? ReadExplanation(QuoteBlock quote, DiagnosticBag diagnostics)
    {
        var text = string.Join("\n", quote.OfType<ParagraphBlock>().Select(InlineText.Of));
        foreach (var prefix in new[] { "解析：", "解析:", "解析" })
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return text[prefix.Length..].Trim();
            }
        }

        diagnostics.Add(UiText.Diagnostics.QuoteNotExplanation, quote.Line + 1);
        return text.Trim();
    }

    private static QuestionKind? Classify(string text, List<QuestionOption> options, int line, DiagnosticBag diagnostics)
    {
        if (options.Count == 0)
        {
            diagnostics.Add(UiText.Diagnostics.QuestionNoOptions, line, Shorten(text));
            return null;
        }

        if (options.Count < 2)
        {
            diagnostics.Add(UiText.Diagnostics.QuestionOneOption, line, Shorten(text));
            return null;
        }

        var correct = options.Count(o => o.IsCorrect);
        if (correct == 0)
        {
            diagnostics.Add(UiText.Diagnostics.QuestionNoCorrect, line, Shorten(text));
            return null;
        }

        var isTrueFalse = options.Count == 2 && options.Any(o => o.Text == TrueText) && options.Any(o => o.Text == FalseText);
        if (isTrueFalse)
        {
            if (correct != 1)
            {
                diagnostics.Add(UiText.Diagnostics.TrueFalseNotOne, line, Shorten(text));
                return null;
            }

            return QuestionKind.TrueFalse;
        }

        if (correct == options.Count)
        {
            diagnostics.Add(UiText.Diagnostics.AllOptionsCorrect, line, Shorten(text));
        }

        return correct == 1 ? QuestionKind.SingleChoice : QuestionKind.MultipleChoice;
    }

    private static bool IsTaskItem(ListItemBlock item) => InlineText.StartsWithTask(item.OfType<ParagraphBlock>().FirstOrDefault(), out _);

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
