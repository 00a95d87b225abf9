using System.Globalization;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>Button actions of uploads. Each names its upload; only the trainer who uploaded it may press them.</summary>
public static class PublishingActions
{
    public const string Publish = "pb";
    public const string Cancel = "pc";
    public const string Target = "pt";

    public static string ToPublish(long uploadId) => ButtonPayload.Create(Publish, Text(uploadId));

    public static string ToCancel(long uploadId) => ButtonPayload.Create(Cancel, Text(uploadId));

    public static string ToTarget(long uploadId, string courseId) => ButtonPayload.Create(Target, Text(uploadId), courseId);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
