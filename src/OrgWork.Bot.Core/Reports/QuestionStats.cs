namespace OrgWork.Bot.Core.Reports;

/// <summary>Item analysis of one question.</summary>
/// <param name="Discrimination">Share correct in the top third of learners minus the bottom third (−1…1); null with too few learners.</param>
public sealed record QuestionStats(
    string QuestionId,
    string Lesson,
    string Text,
    bool IsDeleted,
    int Attempts,
    double CorrectRate,
    string? MostChosenWrongOption,
    int MostChosenWrongCount,
    double? Discrimination)
{
    /// <summary>Most learners get it wrong: a question (or a lesson) to look at again.</summary>
    public bool IsFlagged => Attempts > 0 && CorrectRate < 0.5;
}
