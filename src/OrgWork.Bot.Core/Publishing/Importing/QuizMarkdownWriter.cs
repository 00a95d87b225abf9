using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OrgWork.Bot.Core.Publishing.Importing;

/// <summary>
/// Writes imported questions in the project's Markdown quiz syntax (docs/content-guide.md), escaping
/// whatever Markdown would otherwise read as formatting, and remembers which source line each question
/// came from so the validator's messages can point back into the trainer's file.
/// </summary>
public static partial class QuizMarkdownWriter
{
    public static ConvertedBank Write(string title, string sourceName, IReadOnlyList<ImportedQuestion> questions)
    {
        var markdown = new StringBuilder();
        var lineMap = new List<(int MarkdownLine, int SourceLine)>();
        var line = 0;
        void Append(string text)
        {
            markdown.Append(text).Append('\n');
            line++;
        }

        Append("---");
        Append("title: " + YamlString(title));
        Append("summary: " + YamlString($"由 {sourceName} 导入"));
        Append("---");
        Append("## 测验");
        Append("");
        foreach (var (question, index) in questions.Select((q, i) => (q, i + 1)))
        {
            var number = index.ToString(CultureInfo.InvariantCulture) + ". ";
            var indent = new string(' ', number.Length);
            lineMap.Add((line + 1, question.Line));
            Append(number + Escape(question.Text));
            foreach (var option in question.Options)
            {
                Append($"{indent}- [{(option.IsCorrect ? 'x' : ' ')}] {Escape(option.Text)}");
            }

            if (question.Explanation is { Length: > 0 } explanation)
            {
                Append($"{indent}> 解析：{Escape(explanation)}");
            }
        }

        return new ConvertedBank(markdown.ToString(), lineMap);
    }

    /// <summary>One line of inline Markdown that reads back as exactly <paramref name="text"/>.</summary>
    public static string Escape(string text)
    {
        text = Whitespace().Replace(text, " ").Trim();
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            // Emphasis, links, HTML, entities and Markdig's emphasis extras (~~ ~ ^ ++ ==).
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '~' or '^' or '+' or '=' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        var result = escaped.ToString();
        if (result.StartsWith('#') || result.StartsWith('-'))
        {
            return "\\" + result;
        }

        // "1. x" or "1) x" at the start would open a nested list.
        return ListNumber().Replace(result, "$1\\$2", 1);
    }

    private static string YamlString(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    // Line breaks and ASCII spaces only: ideographic spaces (as in a fill-in blank "（　　）") are text.
    [GeneratedRegex(@"[ \t\r\n\f\v]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(\d+)([.)])")]
    private static partial Regex ListNumber();
}
