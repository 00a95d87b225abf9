using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>A version about to be recorded: what, by whom, from where.</summary>
public sealed record NewVersion(string Path, byte[] Content, VersionSource Source, long AuthorId, string AuthorName, DateTime At)
{
    public long? UploadId { get; init; }

    public int? RestoredNumber { get; init; }
}
