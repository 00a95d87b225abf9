namespace OrgWork.Bot.Core.Notices;

/// <summary>Where a notice came from; stored as its number, so new kinds are added at the end.</summary>
public enum NoticeKind
{
    /// <summary>An admin's <c>/broadcast</c> or the dashboard's form.</summary>
    Broadcast = 0,

    /// <summary>A study plan's reminder before it is due.</summary>
    PlanReminder = 1,

    /// <summary>A training class's message to its members: a waiting-list promotion, a rating request, a certificate.</summary>
    Class = 2,
}
