namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// One row of the points ledger (学习积分): every change has its reason and what it refers to; the
/// pair (reason, reference) is unique per learner, so nothing is awarded twice.
/// </summary>
public sealed class PointEntry
{
    public long Id { get; set; }

    public long LearnerId { get; set; }

    public PointReason Reason { get; set; }

    /// <summary>What earned the points: a lesson key, an answer id, a date.</summary>
    public string Reference { get; set; } = "";

    public int Points { get; set; }

    public DateTime OccurredAt { get; set; }

    /// <summary>The calendar day in the users' time zone (Asia/Shanghai), for daily caps and weekly ranks.</summary>
    public DateOnly LocalDate { get; set; }
}
