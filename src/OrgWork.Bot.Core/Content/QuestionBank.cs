namespace OrgWork.Bot.Core.Content;

/// <summary>A question bank under <c>quizzes/</c>; the daily quiz draws from all banks and lessons.</summary>
public sealed record QuestionBank
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public string Summary { get; init; } = "";

    public required IReadOnlyList<Question> Questions { get; init; }

    public required string SourcePath { get; init; }
}
