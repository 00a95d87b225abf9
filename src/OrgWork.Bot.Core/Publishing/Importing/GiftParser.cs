using System.Text;
using System.Text.RegularExpressions;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Publishing.Importing;

/// <summary>
/// Reads Moodle's GIFT format: questions separated by blank lines, answers in <c>{…}</c> with <c>=</c> right
/// and <c>~</c> wrong (<c>~%50%</c> partial credit makes an option right), <c>{T}</c>/<c>{F}</c> true/false,
/// <c>#feedback</c> and <c>####general feedback</c>. Only the kinds the bot can ask are accepted; short
/// answer, matching, numeric and essay questions are reported, never guessed.
/// </summary>
public static partial class GiftParser
{
    private const string Blank = "（　　）";

    public static IReadOnlyList<ImportedQuestion> Parse(string text, DiagnosticBag diagnostics)
    {
        var questions = new List<ImportedQuestion>();
        foreach (var (block, line) in Blocks(text, diagnostics))
        {
            if (ParseQuestion(block, line, diagnostics) is { } question)
            {
                questions.Add(question);
            }
        }

        return questions;
    }

    /// <summary>Whether the text looks like GIFT (an answer block in braces).</summary>
    public static bool LooksLike(string text) => AnswerBlock().IsMatch(text);

    private static IEnumerable<(string Block, int Line)> Blocks(string text, DiagnosticBag diagnostics)
    {
        var block = new StringBuilder();
        var start = 0;
        var depth = 0;
        var openLine = 0;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (depth == 0 && (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("$CATEGORY:", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (trimmed.Length == 0 && depth == 0)
            {
                if (block.Length > 0)
                {
                    yield return (block.ToString(), start);
                    block.Clear();
                }

                continue;
            }

            if (block.Length == 0)
            {
                start = i + 1;
            }

            block.Append(line).Append('\n');
            for (var c = 0; c < line.Length; c++)
            {
                if (line[c] == '{' && !IsEscaped(line, c))
                {
                    if (depth == 0)
                    {
                        openLine = i + 1;
                    }

                    depth++;
                }
                else if (line[c] == '}' && !IsEscaped(line, c) && depth > 0)
                {
                    depth--;
                }
            }
        }

        if (depth > 0)
        {
            diagnostics.Add(UiText.Diagnostics.GiftUnclosedBrace, openLine);
        }
        else if (block.Length > 0)
        {
            yield return (block.ToString(), start);
        }
    }

    private static ImportedQuestion? ParseQuestion(string block, int line, DiagnosticBag diagnostics)
    {
        block = TitlePrefix().Replace(block, "", 1);
        var open = IndexOfUnescaped(block, '{', 0);
        if (open < 0)
        {
            diagnostics.Add(UiText.Diagnostics.GiftDescription, line);
            return null;
        }

        var close = IndexOfUnescaped(block, '}', open + 1);
        if (close < 0)
        {
            diagnostics.Add(UiText.Diagnostics.GiftUnclosedBrace, line);
            return null;
        }

        if (IndexOfUnescaped(block, '{', open + 1) is var second && second >= 0 && second < close)
        {
            diagnostics.Add(UiText.Diagnostics.GiftNestedBrace, line);
            return null;
        }

        var after = Clean(block[(close + 1)..]);
        if (IndexOfUnescaped(block, '{', close + 1) >= 0)
        {
            diagnostics.Add(UiText.Diagnostics.GiftSecondBlock, line);
            return null;
        }

        var before = Clean(FormatPrefix().Replace(block[..open].TrimStart(), "", 1));
        var text = after.Length > 0 ? $"{before}{Blank}{after}" : before;
        if (text.Length == 0)
        {
            diagnostics.Add(UiText.Diagnostics.QuestionEmpty, line);
            return null;
        }

        var answers = block[(open + 1)..close].Trim();
        var general = SplitGeneralFeedback(ref answers);
        if (answers.Length == 0)
        {
            diagnostics.Add(UiText.Diagnostics.GiftEssay, line);
            return null;
        }

        if (answers[0] == '#')
        {
            diagnostics.Add(UiText.Diagnostics.GiftNumeric, line);
            return null;
        }

        if (TrueFalse().Match(answers) is { Success: true } tf)
        {
            var isTrue = char.ToUpperInvariant(tf.Groups[1].Value[0]) == 'T';
            var explanation = general ?? NullIfEmpty(Clean(tf.Groups[3].Value)) ?? NullIfEmpty(Clean(tf.Groups[2].Value));
            return new ImportedQuestion(text, [new("对", isTrue), new("错", !isTrue)], explanation, line);
        }

        return ParseChoices(text, answers, general, line, diagnostics);
    }

    private static ImportedQuestion? ParseChoices(string text, string answers, string? general, int line, DiagnosticBag diagnostics)
    {
        var tokens = new List<(bool Right, string Text, string? Feedback)>();
        var hasWrong = false;
        var position = 0;
        while (position < answers.Length)
        {
            var marker = answers[position];
            if (marker is not ('=' or '~'))
            {
                diagnostics.Add(UiText.Diagnostics.GiftAnswerPrefix, line, Shorten(answers[position..]));
                return null;
            }

            var end = IndexOfAnyUnescaped(answers, position + 1);
            var raw = answers[(position + 1)..(end < 0 ? answers.Length : end)];
            position = end < 0 ? answers.Length : end;
            if (raw.Contains("->", StringComparison.Ordinal))
            {
                diagnostics.Add(UiText.Diagnostics.GiftMatching, line);
                return null;
            }

            var hash = IndexOfUnescaped(raw, '#', 0);
            var feedback = hash < 0 ? null : NullIfEmpty(Clean(raw[(hash + 1)..]));
            var optionText = hash < 0 ? raw : raw[..hash];
            var right = marker == '=';
            if (Weight().Match(optionText) is { Success: true } weight)
            {
                right = double.Parse(weight.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0;
                optionText = optionText[weight.Length..];
            }

            hasWrong |= marker == '~';
            tokens.Add((right, Clean(optionText), feedback));
        }

        if (!hasWrong)
        {
            diagnostics.Add(UiText.Diagnostics.GiftShortAnswer, line);
            return null;
        }

        var explanation = general ?? tokens.FirstOrDefault(t => t.Right && t.Feedback is not null).Feedback;
        return new ImportedQuestion(text, tokens.Select(t => new ImportedOption(t.Text, t.Right)).ToList(), explanation, line);
    }

    private static string? SplitGeneralFeedback(ref string answers)
    {
        var index = answers.IndexOf("####", StringComparison.Ordinal);
        while (index >= 0 && IsEscaped(answers, index))
        {
            index = answers.IndexOf("####", index + 1, StringComparison.Ordinal);
        }

        if (index < 0)
        {
            return null;
        }

        var general = NullIfEmpty(Clean(answers[(index + 4)..]));
        answers = answers[..index].Trim();
        return general;
    }

    private static int IndexOfAnyUnescaped(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is '=' or '~' && !IsEscaped(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOfUnescaped(string text, char wanted, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == wanted && !IsEscaped(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsEscaped(string text, int index)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= 0 && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    /// <summary>Unescapes GIFT's special characters and folds line breaks into spaces.</summary>
    private static string Clean(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                var next = text[++i];
                result.Append(next == 'n' ? ' ' : next);
                continue;
            }

            result.Append(text[i]);
        }

        return Whitespace().Replace(result.ToString(), " ").Trim();
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";

    [GeneratedRegex(@"^\s*::(?:\\.|[^\\])*?::")]
    private static partial Regex TitlePrefix();

    [GeneratedRegex(@"^\[(?:markdown|html|plain|moodle)\]", RegexOptions.IgnoreCase)]
    private static partial Regex FormatPrefix();

    [GeneratedRegex(@"^(T|TRUE|F|FALSE)\s*(?:#([^#]*))?(?:#(.*))?$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TrueFalse();

    [GeneratedRegex(@"^\s*%(-?\d+(?:\.\d+)?)%")]
    private static partial Regex Weight();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<!\\)\{[^}]*(?<!\\)\}")]
    private static partial Regex AnswerBlock();
}
