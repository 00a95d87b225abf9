namespace OrgWork.Bot.Core.Notices;

/// <summary>What pressing 已读 did.</summary>
public enum ReadOutcome
{
    Read,
    AlreadyRead,

    /// <summary>No such notice for this member: a forged or foreign button.</summary>
    NotARecipient,
}
