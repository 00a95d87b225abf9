using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>取消 under a roster report: the kept file is dropped; nothing was imported.</summary>
public sealed class RosterCancelButton : IButtonHandler
{
    public string Action => RosterUploads.CancelAction;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (await RosterUploads.FindOpenAsync(context, payload, cancellationToken) is not { } upload)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        upload.Status = UploadStatus.Cancelled;
        upload.ClosedAt = context.UtcNow;
        context.Db.StagedFiles.RemoveRange(upload.Files);
        return ConversationResult.Of(ReplyFactory.Format(UiText.RosterUploadCancelled, upload.FileName));
    }
}
