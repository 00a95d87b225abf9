namespace OrgWork.Bot.Core.Notices;

/// <summary>Who a notice goes to: every active member, one branch's active members, or a list of members.</summary>
public sealed record NoticeAudience
{
    private NoticeAudience(int? branchId, IReadOnlyCollection<long>? learnerIds)
    {
        BranchId = branchId;
        LearnerIds = learnerIds;
    }

    public static NoticeAudience Everyone { get; } = new(null, null);

    /// <summary>The branch's members; null when the audience is not one branch.</summary>
    public int? BranchId { get; }

    /// <summary>Exactly these members (those still active); null when the audience is not a list.</summary>
    public IReadOnlyCollection<long>? LearnerIds { get; }

    public static NoticeAudience Branch(int branchId) => new(branchId, null);

    public static NoticeAudience Learners(IReadOnlyCollection<long> learnerIds) => new(null, learnerIds);
}
