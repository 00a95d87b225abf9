namespace OrgWork.Bot.Core.Storage;

/// <summary>One answer; unique per attempt and question, so an answer delivered twice scores once.</summary>
public sealed class QuizAnswer
{
    public long Id { get; set; }

    public long AttemptId { get; set; }

    public long LearnerId { get; set; }

    public string QuestionId { get; set; } = "";

    /// <summary>Where the question lived (lesson key or bank), kept for reports after content changes.</summary>
    public string SourceKey { get; set; } = "";

    /// <summary>The question text when answered, so reports can still name a deleted question.</summary>
    public string QuestionText { get; set; } = "";

    /// <summary>Chosen option ids, sorted, separated by commas.</summary>
    public string SelectedOptionIds { get; set; } = "";

    public bool IsCorrect { get; set; }

    public DateTime AnsweredAt { get; set; }
}
