namespace OrgWork.Bot.Core.Sites;

/// <summary>A member's visit to a red-education site on one local day; one row per (site, member, day).</summary>
public sealed class SiteVisit
{
    public long Id { get; set; }

    public string SiteSlug { get; set; } = "";

    public long LearnerId { get; set; }

    /// <summary>The day in the users' time zone (Asia/Shanghai).</summary>
    public DateOnly LocalDate { get; set; }

    public DateTime VisitedAt { get; set; }
}
