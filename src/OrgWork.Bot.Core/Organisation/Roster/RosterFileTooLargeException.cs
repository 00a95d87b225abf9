namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>A roster file over <see cref="RosterImport.MaxFileBytes"/>; reported as a diagnostic, never thrown to callers.</summary>
internal sealed class RosterFileTooLargeException(long size) : Exception("The roster file is too large")
{
    public long Size { get; } = size;
}
