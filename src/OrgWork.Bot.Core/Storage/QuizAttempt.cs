namespace OrgWork.Bot.Core.Storage;

/// <summary>One sitting of a quiz: its questions in shuffled order, where the learner is, and the score.</summary>
public sealed class QuizAttempt
{
    public long Id { get; set; }

    public long LearnerId { get; set; }

    public QuizKind Kind { get; set; }

    /// <summary>The lesson key for lesson quizzes; the local date (<c>yyyy-MM-dd</c>) for daily quizzes.</summary>
    public string SourceKey { get; set; } = "";

    /// <summary>Question ids in the order asked, separated by commas.</summary>
    public string QuestionIds { get; set; } = "";

    /// <summary>Zero-based index of the question being asked.</summary>
    public int CurrentIndex { get; set; }

    /// <summary>Options toggled so far on the current multiple-choice question, separated by commas.</summary>
    public string PendingSelection { get; set; } = "";

    public int CorrectCount { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public IReadOnlyList<string> Questions => QuestionIds.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
