using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Publishing.Handlers;

/// <summary>发布: publishes the presser's own staged upload.</summary>
public sealed class PublishButton(UploadStaging staging, ContentPublisher publisher) : IButtonHandler
{
    public string Action => PublishingActions.Publish;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken) =>
        await staging.FindPressedAsync(context, payload, cancellationToken) is { } upload
            ? await publisher.PublishAsync(context, upload, cancellationToken)
            : ConversationResult.Notice(UiText.StaleButton);
}
