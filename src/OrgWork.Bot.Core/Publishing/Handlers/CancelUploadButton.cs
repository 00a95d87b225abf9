using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing.Handlers;

/// <summary>取消: drops the presser's own staged upload; the content folder was never touched.</summary>
public sealed class CancelUploadButton(UploadStaging staging, ILogger<CancelUploadButton> logger) : IButtonHandler
{
    public string Action => PublishingActions.Cancel;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var upload = await staging.FindPressedAsync(context, payload, cancellationToken);
        if (upload is null)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        if (upload.Status is not (UploadStatus.Ready or UploadStatus.AwaitingTarget))
        {
            return ConversationResult.Notice(ContentPublisher.ClosedNotice(upload) ?? UiText.UploadAlreadyClosed);
        }

        staging.Close(context.Db, upload, UploadStatus.Cancelled, context.UtcNow);
        logger.LogInformation("Trainer {UserId} cancelled upload {UploadId} ({FileName})", context.Learner.Id, upload.Id, upload.FileName);
        return ConversationResult.Of(ReplyFactory.Format(UiText.UploadCancelled, upload.FileName));
    }
}
