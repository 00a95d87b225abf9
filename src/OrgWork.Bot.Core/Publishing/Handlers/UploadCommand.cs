using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing.Handlers;

/// <summary><c>/upload</c>: how to send content (the terminal chat turns <c>/upload PATH</c> into a file itself).</summary>
public sealed class UploadCommand : ICommandHandler
{
    public string Name => "upload";

    public string Description => UiText.CommandUpload;

    public Role RequiredRole => Role.Trainer;

    public Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken) =>
        Task.FromResult(ConversationResult.Of(ReplyFactory.Plain(UiText.UploadHelp)));
}
