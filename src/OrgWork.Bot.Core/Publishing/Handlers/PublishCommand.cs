using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing.Handlers;

/// <summary><c>/publish</c>: the same as pressing 发布 under the trainer's most recent upload.</summary>
public sealed class PublishCommand(UploadStaging staging, ContentPublisher publisher) : ICommandHandler
{
    public string Name => "publish";

    public string Description => UiText.CommandPublish;

    public Role RequiredRole => Role.Trainer;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var upload = await staging.LatestOpenAsync(context, cancellationToken);
        if (upload is null)
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.PublishNothingPending));
        }

        var result = await publisher.PublishAsync(context, upload, cancellationToken);
        return result.Map(r => r.Replies.Count == 0 && r.Toast is { } notice ? ConversationResult.Of(ReplyFactory.Plain(notice)) : r);
    }
}
