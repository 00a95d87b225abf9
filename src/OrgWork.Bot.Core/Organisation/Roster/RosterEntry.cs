using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>One valid member row of a roster file: what the roster says about the member with this 手机号.</summary>
public sealed record RosterEntry(
    int Row,
    string Name,
    string Phone,
    string Branch,
    string? Parent,
    MemberCategory Category,
    string? Position,
    Role Role);
