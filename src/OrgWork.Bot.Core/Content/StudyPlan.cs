namespace OrgWork.Bot.Core.Content;

/// <summary>
/// A year's required study (<c>plans/&lt;slug&gt;.md</c>): the courses its audience must finish by <see cref="Due"/>,
/// and optionally the 学时 they must reach in <see cref="Year"/>.
/// </summary>
public sealed record StudyPlan
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required int Year { get; init; }

    public required DateOnly Due { get; init; }

    public required Audience Audience { get; init; }

    /// <summary>Slugs of the required (必修) courses, in the order written.</summary>
    public required IReadOnlyList<string> Courses { get; init; }

    /// <summary>Required 学时 in the plan's year; null when the plan asks only for the courses.</summary>
    public double? Hours { get; init; }

    public required string SourcePath { get; init; }

    /// <summary>The line of the <c>courses</c> key, where a course that does not exist is reported.</summary>
    public int CoursesLine { get; init; } = 1;
}
