namespace OrgWork.Bot.Core.Storage;

/// <summary>One file of a staged upload and the version of its target it was based on.</summary>
public sealed class StagedFile
{
    public long Id { get; set; }

    public long UploadId { get; set; }

    /// <summary>The target path relative to the content folder (<c>courses/x/01-y.md</c>); the bare file name while the target course is still to be chosen.</summary>
    public string Path { get; set; } = "";

    public byte[] Content { get; set; } = [];

    /// <summary>SHA-256 of <see cref="Content"/>, lowercase hex.</summary>
    public string Hash { get; set; } = "";

    /// <summary>SHA-256 of the file at <see cref="Path"/> when the upload was staged; null when there was none.</summary>
    public string? BaseHash { get; set; }
}
