using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Publishing.Importing;

/// <summary>Reads a question-bank file in GIFT, Aiken or CSV and converts it to the Markdown quiz syntax.</summary>
public static class QuestionImporter
{
    /// <summary>The format a file name announces; <c>.txt</c> is told apart by its content.</summary>
    public static bool IsImportFile(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".gift" or ".aiken" or ".csv" or ".txt";

    public static QuestionImport Import(string fileName, byte[] bytes, string title)
    {
        var diagnostics = new DiagnosticBag(fileName);
        var text = ImportText.Decode(bytes, diagnostics);
        if (text is null)
        {
            return new QuestionImport(null, null, diagnostics.Items, 0);
        }

        var format = Detect(fileName, text);
        if (format is null)
        {
            diagnostics.Add(UiText.Diagnostics.ImportUnknownFormat, 1);
            return new QuestionImport(null, null, diagnostics.Items, 0);
        }

        var questions = format switch
        {
            QuestionFormat.Gift => GiftParser.Parse(text, diagnostics),
            QuestionFormat.Aiken => AikenParser.Parse(text, diagnostics),
            _ => CsvQuestionReader.Parse(text, diagnostics),
        };

        if (questions.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Add(UiText.Diagnostics.ImportNoQuestions, 1);
        }

        var bank = questions.Count == 0 ? null : QuizMarkdownWriter.Write(title, fileName, questions);
        return new QuestionImport(format, bank, diagnostics.Items, questions.Count);
    }

    private static QuestionFormat? Detect(string fileName, string text) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".gift" => QuestionFormat.Gift,
        ".aiken" => QuestionFormat.Aiken,
        ".csv" => QuestionFormat.Csv,
        _ when AikenParser.LooksLike(text) => QuestionFormat.Aiken,
        _ when GiftParser.LooksLike(text) => QuestionFormat.Gift,
        _ => null,
    };
}
