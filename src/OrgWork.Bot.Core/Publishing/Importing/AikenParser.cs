using System.Text.RegularExpressions;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Publishing.Importing;

/// <summary>
/// Reads Moodle's Aiken format: the question, options <c>A. …</c> (also <c>A)</c>, <c>A、</c>, <c>A．</c>), then
/// <c>ANSWER: B</c>. Beyond Moodle: <c>答案：</c> for ANSWER, several letters (<c>ANSWER: AC</c>) for a
/// multiple-choice question, and an optional <c>解析：…</c> line after the answer.
/// </summary>
public static partial class AikenParser
{
    public static IReadOnlyList<ImportedQuestion> Parse(string text, DiagnosticBag diagnostics)
    {
        var questions = new List<ImportedQuestion>();
        Draft? draft = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (Answer().Match(line) is { Success: true } answer)
            {
                if (draft is null || draft.Options.Count == 0)
                {
                    diagnostics.Add(draft is null ? UiText.Diagnostics.AikenAnswerNoQuestion : UiText.Diagnostics.AikenAnswerNoOptions, number);
                    draft = null;
                    continue;
                }

                if (ToQuestion(draft, answer.Groups[1].Value, number, diagnostics) is { } question)
                {
                    questions.Add(question);
                }

                draft = null;
                continue;
            }

            if (Explanation().Match(line) is { Success: true } explanation)
            {
                if (draft is null && questions.Count > 0 && questions[^1].Explanation is null)
                {
                    questions[^1] = questions[^1] with { Explanation = explanation.Groups[1].Value.Trim() };
                }
                else
                {
                    diagnostics.Add(UiText.Diagnostics.AikenLateExplanation, number);
                }

                continue;
            }

            if (Option().Match(line) is { Success: true } option)
            {
                if (draft is null)
                {
                    diagnostics.Add(UiText.Diagnostics.AikenOptionNoQuestion, number, Shorten(line));
                    continue;
                }

                var letter = option.Groups[1].Value[0];
                if (draft.Options.Any(o => o.Letter == letter))
                {
                    diagnostics.Add(UiText.Diagnostics.AikenDuplicateLetter, number, letter);
                    continue;
                }

                draft.Options.Add((letter, option.Groups[2].Value.Trim()));
                continue;
            }

            if (draft is null)
            {
                draft = new Draft(number, line);
            }
            else if (draft.Options.Count == 0)
            {
                draft.Text += " " + line;
            }
            else
            {
                diagnostics.Add(UiText.Diagnostics.AikenNoAnswerLine, draft.Line, Shorten(draft.Text));
                draft = new Draft(number, line);
            }
        }

        if (draft is not null)
        {
            diagnostics.Add(UiText.Diagnostics.AikenNoAnswerLine, draft.Line, Shorten(draft.Text));
        }

        return questions;
    }

    /// <summary>Whether the text looks like Aiken (it has an <c>ANSWER:</c> line).</summary>
    public static bool LooksLike(string text) => text.Split('\n').Any(l => Answer().IsMatch(l.Trim()));

    private static ImportedQuestion? ToQuestion(Draft draft, string answer, int line, DiagnosticBag diagnostics)
    {
        var letters = answer.ToUpperInvariant().Where(char.IsAsciiLetter).Distinct().ToList();
        if (letters.Count == 0 || answer.Any(c => char.IsLetterOrDigit(c) && !char.IsAsciiLetter(c)))
        {
            diagnostics.Add(UiText.Diagnostics.AikenAnswerNotLetter, line, answer);
            return null;
        }

        var unknown = letters.Where(l => draft.Options.All(o => o.Letter != l)).ToList();
        if (unknown.Count > 0)
        {
            diagnostics.Add(UiText.Diagnostics.AikenAnswerUnknown, line, string.Join("", unknown), string.Join(", ", draft.Options.Select(o => o.Letter)));
            return null;
        }

        return new ImportedQuestion(
            draft.Text,
            draft.Options.Select(o => new ImportedOption(o.Text, letters.Contains(o.Letter))).ToList(),
            null,
            draft.Line);
    }

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";

    [GeneratedRegex(@"^([A-Z])\s*[.)．、）]\s*(.+)$")]
    private static partial Regex Option();

    [GeneratedRegex(@"^(?:ANSWER|答案)\s*[:：]\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Answer();

    [GeneratedRegex(@"^(?:EXPLANATION|FEEDBACK|解析)\s*[:：]\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Explanation();

    private sealed class Draft(int line, string text)
    {
        public int Line { get; } = line;

        public string Text { get; set; } = text;

        public List<(char Letter, string Text)> Options { get; } = [];
    }
}
