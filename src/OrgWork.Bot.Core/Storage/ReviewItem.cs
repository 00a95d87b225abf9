namespace OrgWork.Bot.Core.Storage;

/// <summary>A question in a learner's wrong-answer book (错题本), scheduled by Leitner boxes.</summary>
public sealed class ReviewItem
{
    public long LearnerId { get; set; }

    public string QuestionId { get; set; } = "";

    /// <summary>1 after a miss; each right review moves it up; right in the last box and it leaves the book.</summary>
    public int Box { get; set; } = 1;

    public DateTime DueAt { get; set; }

    public int MissCount { get; set; }

    public DateTime AddedAt { get; set; }

    /// <summary>Set when the question left the book.</summary>
    public DateTime? MasteredAt { get; set; }
}
