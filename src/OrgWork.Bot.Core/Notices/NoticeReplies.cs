using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Notices;

/// <summary>A notice as a chat message (the same on every channel), with its 已读 button until it is read.</summary>
public sealed class NoticeReplies(LearningClock clock)
{
    /// <summary>The button's action: <c>1:nr:NOTICE_ID</c>.</summary>
    public const string ReadAction = "nr";

    public static string ReadButtonData(long noticeId) => ButtonPayload.Create(ReadAction, noticeId.ToString(CultureInfo.InvariantCulture));

    public Reply Unread(Notice notice, string audience) => Message(notice, audience) with
    {
        Buttons = [[new Button(UiText.ButtonNoticeRead, ReadButtonData(notice.Id))]],
        IsPrivate = true,
    };

    /// <summary>The notice again, without its button and marked read: replaces the message whose 已读 was pressed.</summary>
    public Reply Read(Notice notice, string audience)
    {
        var text = new RichTextBuilder().Append(Message(notice, audience).Text).Text("\n\n").Text(UiText.NoticeReadMark).Build();
        return new Reply { Text = text, ReplacesSource = true, IsPrivate = true };
    }

    /// <summary>Each notice's heading label: its branch, 全体党员, or its kind for the system's notices.</summary>
    public static async Task<IReadOnlyDictionary<long, string>> AudiencesAsync(
        OrgWorkDbContext db, IReadOnlyCollection<Notice> notices, CancellationToken cancellationToken)
    {
        var branchIds = notices.Where(n => n.BranchId is not null).Select(n => n.BranchId!.Value).Distinct().ToList();
        var branches = branchIds.Count == 0
            ? []
            : await db.Branches.Where(b => branchIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        return notices.ToDictionary(n => n.Id, n => n.Kind switch
        {
            NoticeKind.PlanReminder => UiText.NoticesKindPlanReminder,
            NoticeKind.Class => UiText.NoticesKindClass,
            _ => n.BranchId is { } id && branches.TryGetValue(id, out var name) ? name : UiText.BroadcastEveryone,
        });
    }

    private Reply Message(Notice notice, string audience)
    {
        var posted = clock.LocalTime(notice.CreatedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var text = new RichTextBuilder()
            .Bold(UiText.Format(UiText.NoticeHeading, audience)).Text("\n\n")
            .Text(notice.Text).Text("\n\n")
            .Italic(UiText.Format(UiText.NoticeFooter, posted))
            .Build();
        return new Reply { Text = text };
    }
}
