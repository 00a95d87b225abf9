namespace OrgWork.Bot.Core.Knowledge.Storage;

/// <summary>
/// One asking that staff should look at: a question that was not answered, or an answer a member disliked. Askings of
/// the same question (<see cref="QuestionKey"/>) are listed together and answered together.
/// </summary>
public sealed class StaffQueueItem
{
    public long Id { get; set; }

    /// <summary>The question normalised (as for coverage gaps).</summary>
    public string QuestionKey { get; set; } = "";

    public string Question { get; set; } = "";

    /// <summary>The answer the member was given.</summary>
    public string AnswerGiven { get; set; } = "";

    public QueueReason Reason { get; set; }

    /// <summary>Who asked, and where: the staff reply goes back there.</summary>
    public long AskerId { get; set; }

    public string Channel { get; set; } = "";

    public string ChatId { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public long? AnsweredBy { get; set; }

    public string? StaffReply { get; set; }
}
