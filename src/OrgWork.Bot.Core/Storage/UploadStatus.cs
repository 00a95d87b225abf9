namespace OrgWork.Bot.Core.Storage;

public enum UploadStatus
{
    /// <summary>Validated; the trainer still has to choose the course it goes into.</summary>
    AwaitingTarget = 0,

    /// <summary>Validated and previewed; waiting for 发布 or 取消.</summary>
    Ready = 1,

    Published = 2,

    Cancelled = 3,

    /// <summary>Someone published the same file first; this upload was based on an older version.</summary>
    Superseded = 4,
}
