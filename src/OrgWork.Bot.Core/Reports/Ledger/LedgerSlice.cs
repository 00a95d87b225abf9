namespace OrgWork.Bot.Core.Reports.Ledger;

/// <summary>One page of a member's 明细 (newest first), with the totals shown above it.</summary>
public sealed record LedgerSlice(IReadOnlyList<LedgerEntry> Entries, int Page, int PageCount, int Total, int Points, int MinutesThisYear);
