namespace OrgWork.Bot.Core.Storage;

public enum VersionSource
{
    /// <summary>The file as found in <c>content/</c> before a publish replaced it (e.g. committed with git).</summary>
    Existing = 0,

    Upload = 1,

    Rollback = 2,
}
