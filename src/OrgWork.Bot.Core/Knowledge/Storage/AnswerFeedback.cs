namespace OrgWork.Bot.Core.Knowledge.Storage;

/// <summary>A member's 👍 or 👎 on one policy answer; once per member and answer (a unique index).</summary>
public sealed class AnswerFeedback
{
    public long Id { get; set; }

    /// <summary>The <see cref="PolicyChatTurn"/> the answer was (the turn itself may since have been pruned).</summary>
    public long TurnId { get; set; }

    public long MemberId { get; set; }

    public bool Helpful { get; set; }

    public DateTime CreatedAt { get; set; }
}
