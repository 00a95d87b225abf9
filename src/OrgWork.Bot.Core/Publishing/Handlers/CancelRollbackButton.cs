using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Publishing.Handlers;

/// <summary>
/// 取消 under a rollback preview: nothing was written, so it only says so (or that the preview is out of date), in
/// the preview's place.
/// </summary>
public sealed class CancelRollbackButton(RollbackButtons buttons, VersionHistory history, ILogger<CancelRollbackButton> logger) : IButtonHandler
{
    public string Action => RollbackActions.Cancel;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (await buttons.FindPressedAsync(context, payload, cancellationToken) is not { } pressed)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        var (ticket, version) = pressed;

        var latest = await history.LatestAsync(context.Db, version.Path, cancellationToken);
        if (latest?.Number != ticket.LatestNumber)
        {
            return ConversationResult.Notice(UiText.Format(UiText.RollbackPreviewOutdated, version.Path));
        }

        logger.LogInformation("Trainer {UserId} cancelled rolling {Path} back to version {Version}", context.Learner.Id, version.Path, version.Number);
        return ConversationResult.Of(ReplyFactory.Format(UiText.RollbackCancelled, version.Path) with { ReplacesSource = true });
    }
}
