namespace OrgWork.Bot.Core.Reports.Ledger;

/// <summary>Which ledger a line of the member's 明细 comes from.</summary>
public enum LedgerEntryKind
{
    Points = 0,
    StudyHours = 1,
}
