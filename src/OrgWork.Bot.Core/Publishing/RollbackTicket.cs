namespace OrgWork.Bot.Core.Publishing;

/// <summary>What a rollback preview offered: restore version <paramref name="VersionId"/> while the file's latest version is still <paramref name="LatestNumber"/>, for <paramref name="AskerId"/>.</summary>
public sealed record RollbackTicket(long VersionId, int LatestNumber, long AskerId);
