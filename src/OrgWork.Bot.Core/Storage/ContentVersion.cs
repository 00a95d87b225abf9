namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// One version of a content file, with its bytes so it can be restored. Numbers count up per path and
/// are unique, so two publishes of the same file cannot both become version N.
/// </summary>
public sealed class ContentVersion
{
    public long Id { get; set; }

    /// <summary>Relative to the content folder, with forward slashes.</summary>
    public string Path { get; set; } = "";

    public int Number { get; set; }

    public VersionSource Source { get; set; }

    /// <summary>SHA-256 of <see cref="Content"/>, lowercase hex.</summary>
    public string ContentHash { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    /// <summary>Who published or rolled back; null for a file found in <c>content/</c> (committed by hand).</summary>
    public long? AuthorId { get; set; }

    public string AuthorName { get; set; } = "";

    /// <summary>The version that was current before this one, if any.</summary>
    public int? PreviousNumber { get; set; }

    /// <summary>For a rollback, the version whose content it restored.</summary>
    public int? RestoredNumber { get; set; }

    public long? UploadId { get; set; }
}
