using System.Text.RegularExpressions;
using CsvHelper;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Publishing.Importing;

/// <summary>
/// Reads questions from CSV rows <c>question,option1..n,answer,explanation</c>. A header row (English or
/// Chinese: 题目, 选项1…, 答案, 解析) is recognised and then names the columns; without one, the first
/// column is the question, the last two the answer and the explanation, and those between the options.
/// The answer names the right options by letter (<c>B</c>, <c>AC</c>), by number (<c>2</c>, <c>1;3</c>) or by
/// text; <c>对</c>/<c>错</c> (or T/F) with no options makes a true/false question.
/// </summary>
public static partial class CsvQuestionReader
{
    private static readonly string[] QuestionHeaders = ["question", "题目", "试题", "问题", "题干"];
    private static readonly string[] OptionHeaders = ["option", "选项", "choice"];
    private static readonly string[] AnswerHeaders = ["answer", "答案", "正确答案"];
    private static readonly string[] ExplanationHeaders = ["explanation", "解析", "feedback", "答案解析"];

    public static IReadOnlyList<ImportedQuestion> Parse(string text, DiagnosticBag diagnostics)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            DetectSeparatorHint = true,
            OnMalformedRecord = record =>
            {
                var line = (int)Math.Max(1, record.LineNumber);
                if (record.Reason == CsvMalformedReason.StrayQuote)
                {
                    diagnostics.Add(UiText.Diagnostics.CsvStrayQuote, line);
                }
                else
                {
                    diagnostics.Add(UiText.Diagnostics.CsvMalformed, line);
                }
            },
        };

        var questions = new List<ImportedQuestion>();
        using var csv = CsvReader.FromText(text, options);
        Layout? layout = null;
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var fields = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i).Trim()).ToList();
            if (fields.All(f => f.Length == 0))
            {
                continue;
            }

            if (layout is null)
            {
                layout = Layout.FromHeader(fields, line, diagnostics);
                if (layout is not null)
                {
                    continue;
                }

                layout = Layout.Positional;
            }

            if (ReadRow(fields, layout, line, diagnostics) is { } question)
            {
                questions.Add(question);
            }
        }

        return questions;
    }

    private static ImportedQuestion? ReadRow(List<string> fields, Layout layout, int line, DiagnosticBag diagnostics)
    {
        if (layout.IsPositional && fields.Count < 4)
        {
            diagnostics.Add(UiText.Diagnostics.CsvColumns, line, fields.Count);
            return null;
        }

        string Field(int index) => index >= 0 && index < fields.Count ? fields[index] : "";
        var text = Field(layout.Question);
        var answer = Field(layout.AnswerIndex(fields.Count));
        var explanation = Field(layout.ExplanationIndex(fields.Count));
        var options = layout.OptionIndexes(fields.Count).Select(Field).Where(o => o.Length > 0).ToList();
        if (text.Length == 0)
        {
            diagnostics.Add(UiText.Diagnostics.QuestionEmpty, line);
            return null;
        }

        if (answer.Length == 0)
        {
            diagnostics.Add(UiText.Diagnostics.CsvNoAnswer, line, Shorten(text));
            return null;
        }

        explanation = ExplanationPrefix().Replace(explanation, "");
        var explained = explanation.Length == 0 ? null : explanation;
        if (options.Count == 0 && TrueFalseAnswer(answer) is { } isTrue)
        {
            return new ImportedQuestion(text, [new("对", isTrue), new("错", !isTrue)], explained, line);
        }

        var right = RightOptions(answer, options);
        if (right is null)
        {
            diagnostics.Add(UiText.Diagnostics.CsvAnswerNoOption, line, answer);
            return null;
        }

        return new ImportedQuestion(text, options.Select((o, i) => new ImportedOption(o, right.Contains(i))).ToList(), explained, line);
    }

    /// <summary>The indexes of the right options, or null when the answer names none of them.</summary>
    private static HashSet<int>? RightOptions(string answer, List<string> options)
    {
        var byText = options.FindIndex(o => o == answer);
        if (byText >= 0)
        {
            return [byText];
        }

        var compact = answer.ToUpperInvariant();
        if (Letters().IsMatch(compact))
        {
            var indexes = compact.Where(char.IsAsciiLetter).Select(c => c - 'A').ToHashSet();
            return indexes.All(i => i < options.Count) ? indexes : null;
        }

        if (Numbers().IsMatch(answer))
        {
            var indexes = NumberPart().Matches(answer).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) - 1).ToHashSet();
            return indexes.All(i => i >= 0 && i < options.Count) ? indexes : null;
        }

        var texts = answer.Split(['|', ';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var found = texts.Select(t => options.FindIndex(o => o == t)).ToHashSet();
        return texts.Length > 1 && found.All(i => i >= 0) ? found : null;
    }

    private static bool? TrueFalseAnswer(string answer) => answer.ToUpperInvariant() switch
    {
        "对" or "正确" or "T" or "TRUE" or "√" or "是" => true,
        "错" or "错误" or "F" or "FALSE" or "×" or "否" => false,
        _ => null,
    };

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";

    private static bool Matches(string header, string[] names) =>
        names.Any(n => header.StartsWith(n, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^[A-Z](?:[\s,，;；、|/]*[A-Z])*$")]
    private static partial Regex Letters();

    [GeneratedRegex(@"^\d+(?:[\s,，;；、|/]+\d+)*$")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberPart();

    [GeneratedRegex(@"^解析\s*[:：]\s*")]
    private static partial Regex ExplanationPrefix();

    /// <summary>Where the question, options, answer and explanation are in a row.</summary>
    private sealed class Layout
    {
        private readonly List<int> _options = [];
        private int _answer = -1;
        private int _explanation = -1;

        public static Layout Positional { get; } = new() { IsPositional = true };

        public bool IsPositional { get; private init; }

        public int Question { get; private init; }

        public static Layout? FromHeader(List<string> fields, int line, DiagnosticBag diagnostics)
        {
            if (!Matches(fields[0], QuestionHeaders))
            {
                return null;
            }

            var layout = new Layout();
            for (var i = 1; i < fields.Count; i++)
            {
                if (Matches(fields[i], ExplanationHeaders))
                {
                    layout._explanation = i;
                }
                else if (Matches(fields[i], AnswerHeaders))
                {
                    layout._answer = i;
                }
                else if (Matches(fields[i], OptionHeaders) || fields[i].Length == 1 && char.IsAsciiLetterUpper(fields[i][0]))
                {
                    layout._options.Add(i);
                }
                else if (fields[i].Length > 0)
                {
                    diagnostics.Add(UiText.Diagnostics.CsvUnknownColumn, line, fields[i]);
                }
            }

            if (layout._answer < 0)
            {
                diagnostics.Add(UiText.Diagnostics.CsvNoAnswerColumn, line);
            }

            return layout;
        }

        public int AnswerIndex(int count) => IsPositional ? count - 2 : _answer;

        public int ExplanationIndex(int count) => IsPositional ? count - 1 : _explanation;

        public IEnumerable<int> OptionIndexes(int count) => IsPositional ? Enumerable.Range(1, Math.Max(0, count - 3)) : _options;
    }
}
