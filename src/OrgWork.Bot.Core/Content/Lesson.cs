using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Content;

/// <summary>A lesson: pages ready for chat and an optional quiz.</summary>
public sealed record Lesson
{
    /// <summary>Short stable id used in buttons (derived from <see cref="Key"/>).</summary>
    public required string Id { get; init; }

    public required string CourseSlug { get; init; }

    public required string Slug { get; init; }

    /// <summary><c>course-slug/lesson-slug</c>: the key progress is stored under.</summary>
    public string Key => $"{CourseSlug}/{Slug}";

    public required string Title { get; init; }

    public int Minutes { get; init; }

    public int Order { get; init; }

    public required IReadOnlyList<RichText> Pages { get; init; }

    public IReadOnlyList<Question> Quiz { get; init; } = [];

    public required string SourcePath { get; init; }
}
