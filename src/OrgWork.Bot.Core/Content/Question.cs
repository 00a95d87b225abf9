namespace OrgWork.Bot.Core.Content;

/// <summary>
/// A quiz question. Its <see cref="Id"/> is derived from where it lives and its own text, so editing
/// another question never changes it.
/// </summary>
public sealed record Question
{
    public required string Id { get; init; }

    /// <summary>Where the question lives: <c>course/lesson</c> for lessons, <c>quizzes/bank</c> for banks.</summary>
    public required string SourceKey { get; init; }

    public required string Text { get; init; }

    public required QuestionKind Kind { get; init; }

    public required IReadOnlyList<QuestionOption> Options { get; init; }

    public string? Explanation { get; init; }

    public int Line { get; init; }

    public IEnumerable<QuestionOption> CorrectOptions => Options.Where(o => o.IsCorrect);
}
