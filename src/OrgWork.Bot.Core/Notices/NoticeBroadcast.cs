using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Notices;

/// <summary>
/// An admin's notice to every active member or one branch, from <c>/broadcast</c> or the dashboard: checked, then posted
/// in the caller's transaction. Sending is the dispatcher's, after the commit.
/// </summary>
public sealed class NoticeBroadcast(NoticeBoard board)
{
    /// <summary>The posted notice, or the Chinese reason why nothing was posted.</summary>
    public async Task<(NoticePosted? Posted, string? Refusal)> PostAsync(
        OrgWorkDbContext db, long senderId, int? branchId, string text, DateTime utcNow, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return (null, UiText.NoticesTextRequired);
        }

        if (text.Length > NoticeBoard.MaxTextLength)
        {
            return (null, UiText.Format(UiText.BroadcastTooLong, text.Length, NoticeBoard.MaxTextLength));
        }

        var audienceName = UiText.BroadcastEveryone;
        if (branchId is { } id)
        {
            if (await db.Branches.AsNoTracking().Where(b => b.Id == id).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken) is not { } name)
            {
                return (null, UiText.NoticesNoSuchBranch);
            }

            audienceName = name;
        }

        var members = await db.Learners.CountAsync(
            l => l.IsActive && l.DeactivatedAt == null && l.Id != senderId && (branchId == null || l.BranchId == branchId), cancellationToken);
        if (members == 0)
        {
            return (null, UiText.Format(UiText.BroadcastNobody, audienceName));
        }

        var audience = branchId is { } branch ? NoticeAudience.Branch(branch) : NoticeAudience.Everyone;
        var posted = await board.PostAsync(db, new NoticeDraft(NoticeKind.Broadcast, text, audience, senderId), utcNow, cancellationToken);
        return (posted, null);
    }

    public static string Summary(NoticePosted posted) =>
        UiText.Format(UiText.BroadcastSent, posted.Recipients, posted.ViaTelegram);
}
