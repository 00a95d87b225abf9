namespace OrgWork.Bot.Core.Storage;

/// <summary>
/// A trainer's upload waiting for 发布 or 取消. It lives here, not in <c>content/</c>, until it is published;
/// each of its files remembers the hash of the file it would replace, so a publish based on an outdated
/// file is refused.
/// </summary>
public sealed class StagedUpload
{
    public long Id { get; set; }

    /// <summary>The trainer who uploaded it; only they can publish or cancel it.</summary>
    public long OwnerId { get; set; }

    /// <summary>The name of the file as it was sent.</summary>
    public string FileName { get; set; } = "";

    public UploadKind Kind { get; set; }

    public UploadStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public List<StagedFile> Files { get; set; } = [];
}
