using System.Globalization;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Notices;

/// <summary>
/// 已读 under a notice, pressed on any channel: recorded once for the member behind the account (a bound Telegram or
/// terminal account counts for its roster member). A forged id, or another member's notice, gets a polite toast.
/// </summary>
public sealed class ReadNoticeButton(NoticeBoard board, NoticeReplies replies) : IButtonHandler
{
    public string Action => NoticeReplies.ReadAction;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (payload.Arguments.Count != 1
            || !long.TryParse(payload.Arguments[0], NumberStyles.None, CultureInfo.InvariantCulture, out var noticeId))
        {
            return ConversationResult.Notice(UiText.NoticeNotFound);
        }

        var (outcome, notice) = await board.MarkReadAsync(context.Db, noticeId, context.Learner.Id, context.UtcNow, cancellationToken);
        switch (outcome)
        {
            case ReadOutcome.Read when notice is not null:
                var audience = (await NoticeReplies.AudiencesAsync(context.Db, [notice], cancellationToken))[notice.Id];
                return new ConversationResult { Toast = UiText.NoticeMarkedRead, Replies = [replies.Read(notice, audience)] };
            case ReadOutcome.AlreadyRead:
                return ConversationResult.Notice(UiText.NoticeAlreadyRead);
            default:
                return ConversationResult.Notice(UiText.NoticeNotFound);
        }
    }
}
