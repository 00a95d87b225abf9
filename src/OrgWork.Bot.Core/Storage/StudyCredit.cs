namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// One row of the 学时 ledger: the minutes one learner was credited for one thing (a lesson finished, later a class
/// session attended or a site visited). The only place study hours come from; (learner, source, reference) is unique,
/// so nothing is credited twice.
/// </summary>
public sealed class StudyCredit
{
    public long Id { get; set; }

    public long LearnerId { get; set; }

    public StudyCreditSource Source { get; set; }

    /// <summary>What was studied: a lesson key (<c>course-slug/lesson-slug</c>), a session or site key.</summary>
    public string Reference { get; set; } = "";

    public int Minutes { get; set; }

    public DateTime OccurredAt { get; set; }

    /// <summary>The calendar day in the users' time zone (Asia/Shanghai): years and date ranges are counted by it.</summary>
    public DateOnly LocalDate { get; set; }
}
