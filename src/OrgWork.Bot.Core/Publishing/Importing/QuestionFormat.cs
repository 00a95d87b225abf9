namespace OrgWork.Bot.Core.Publishing.Importing;

/// <summary>The question-bank formats trainers bring from Moodle and spreadsheets.</summary>
public enum QuestionFormat
{
    Gift,
    Aiken,
    Csv,
}
