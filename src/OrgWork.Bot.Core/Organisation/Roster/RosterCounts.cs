using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>How many roster members an import adds, updates, leaves unchanged and deactivates, and the branches it creates.</summary>
public sealed record RosterCounts(int New, int Updated, int Unchanged, int Deactivated, IReadOnlyList<string> NewBranches)
{
    /// <summary><c>新增 N 人，更新 N 人，未变 N 人</c>, with <c>，停用 N 人</c> when missing members are deactivated.</summary>
    public string Summary(bool deactivateMissing) =>
        UiText.Format(UiText.RosterSummary, New, Updated, Unchanged)
        + (deactivateMissing ? UiText.Format(UiText.RosterSummaryDeactivated, Deactivated) : "");
}
