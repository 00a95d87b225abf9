using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>
/// How a roster row meets the stored member with its 手机号: the roster owns the member's name, branch, role, 人员类别 and
/// 职务, and listing a deactivated member reactivates them.
/// </summary>
internal static class RosterMerge
{
    /// <summary>Whether applying <paramref name="entry"/> with the branch id <paramref name="branchId"/> (null: a branch not created yet) would change <paramref name="learner"/>.</summary>
    public static bool Changes(RosterEntry entry, Learner learner, int? branchId) =>
        learner.DisplayName != entry.Name
        || branchId is null
        || learner.BranchId != branchId
        || learner.Role != entry.Role
        || learner.Category != entry.Category
        || learner.Position != entry.Position
        || learner.DeactivatedAt is not null;

    public static void Apply(RosterEntry entry, Learner learner, int branchId)
    {
        learner.DisplayName = entry.Name;
        learner.Phone = entry.Phone;
        learner.BranchId = branchId;
        learner.Role = entry.Role;
        learner.Category = entry.Category;
        learner.Position = entry.Position;
        learner.DeactivatedAt = null;
    }
}
