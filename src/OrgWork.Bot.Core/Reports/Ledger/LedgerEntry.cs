namespace OrgWork.Bot.Core.Reports.Ledger;

/// <summary>
/// One line of a member's 明细: a points row (<see cref="Code"/> is its <c>PointReason</c>, <see cref="Amount"/> points) or a
/// 学时 row (<see cref="Code"/> is its <c>StudyCreditSource</c>, <see cref="Amount"/> minutes).
/// </summary>
public sealed class LedgerEntry
{
    public LedgerEntryKind Kind { get; init; }

    public int Code { get; init; }

    public string Reference { get; init; } = "";

    public int Amount { get; init; }

    public DateTime OccurredAt { get; init; }

    public DateOnly LocalDate { get; init; }
}
