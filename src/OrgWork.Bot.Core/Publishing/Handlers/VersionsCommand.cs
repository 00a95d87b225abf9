using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing.Handlers;

/// <summary><c>/versions LESSON</c>: the recorded versions of a lesson (or bank, or course.md), newest first.</summary>
public sealed class VersionsCommand(VersionHistory history, CatalogueStore store, LearningClock clock, ILogger<VersionsCommand> logger) : ICommandHandler
{
    private const int Shown = 20;

    public string Name => "versions";

    public string Description => UiText.CommandVersions;

    public Role RequiredRole => Role.Trainer;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        if (arguments.Trim().Length == 0)
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.VersionsUsage));
        }

        var path = ContentTargetResolver.Resolve(context.Catalogue, arguments);
        if (path is null)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.VersionsUnknown, arguments.Trim()));
        }

        logger.LogInformation("Trainer {UserId} listed the versions of {Path}", context.Learner.Id, path);
        var versions = await history.ListAsync(context.Db, path, Shown, cancellationToken);
        if (versions.Count == 0)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.VersionsNone, path));
        }

        var currentHash = ContentHash.OfOptional(await ContentPaths.ReadAsync(store.Root, path, cancellationToken));
        var text = new RichTextBuilder().Bold(UiText.Format(UiText.VersionsTitle, path));
        foreach (var version in versions)
        {
            text.Text("\n" + VersionDescription.Line(version, clock));
            if (version.ContentHash == currentHash && version == versions.First(v => v.ContentHash == currentHash))
            {
                text.Bold(UiText.VersionCurrent);
            }
        }

        text.Text("\n\n" + UiText.Format(UiText.VersionsHint, arguments.Trim()));
        return ConversationResult.Of(new Reply { Text = text.Build() });
    }
}
