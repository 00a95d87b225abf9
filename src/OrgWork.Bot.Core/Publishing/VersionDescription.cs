using System.Globalization;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>A version as trainers read it: 第 N 版 · local date and time · publisher · what it was.</summary>
public static class VersionDescription
{
    public static string Line(ContentVersion version, LearningClock clock) => UiText.Format(
        UiText.VersionLine,
        version.Number,
        clock.LocalTime(version.CreatedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        version.AuthorId is null ? UiText.VersionNobody : $"{version.AuthorName}（{version.AuthorId}）",
        Source(version));

    private static string Source(ContentVersion version) => version.Source switch
    {
        VersionSource.Existing => UiText.VersionExisting,
        VersionSource.Rollback => UiText.Format(UiText.VersionRollback, version.RestoredNumber ?? 0),
        _ => UiText.VersionUpload,
    };
}
