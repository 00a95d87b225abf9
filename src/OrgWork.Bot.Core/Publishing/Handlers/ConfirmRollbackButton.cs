using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Publishing.Handlers;

/// <summary>
/// 确认 under a rollback preview: restores the previewed version, unless the file has had a new version since. The
/// outcome takes the preview's place, so its buttons cannot be pressed again where the channel can edit.
/// </summary>
public sealed class ConfirmRollbackButton(RollbackButtons buttons, ContentPublisher publisher) : IButtonHandler
{
    public string Action => RollbackActions.Confirm;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (await buttons.FindPressedAsync(context, payload, cancellationToken) is not { } pressed)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        var (ticket, version) = pressed;

        var result = await publisher.RollbackAsync(context, version.Path, version.Number, ticket.LatestNumber, cancellationToken);
        return result.Map(r => r with { Replies = [.. r.Replies.Select(reply => reply with { ReplacesSource = true })] });
    }
}
