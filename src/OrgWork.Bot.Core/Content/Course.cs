using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Content;

public sealed record Course
{
    /// <summary>Short stable id used in buttons (derived from <see cref="Slug"/>).</summary>
    public required string Id { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public string Summary { get; init; } = "";

    public IReadOnlyList<string> Tags { get; init; } = [];

    public int Order { get; init; }

    public string Audience { get; init; } = "";

    public required RichText Introduction { get; init; }

    public IReadOnlyList<Lesson> Lessons { get; init; } = [];

    public required string SourcePath { get; init; }

    public int TotalMinutes => Lessons.Sum(l => l.Minutes);
}
