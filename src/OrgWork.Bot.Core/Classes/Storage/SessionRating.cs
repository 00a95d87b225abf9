namespace OrgWork.Bot.Core.Classes.Storage;

/// <summary>An attendee's 评价 of one session: 1–5 stars and an optional comment; one row per (class, session, member).</summary>
public sealed class SessionRating
{
    public const int MaxCommentLength = 500;

    public long Id { get; set; }

    public string ClassSlug { get; set; } = "";

    public int SessionNumber { get; set; }

    public long LearnerId { get; set; }

    public int Stars { get; set; }

    public string? Comment { get; set; }

    public DateTime RatedAt { get; set; }
}
