using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>
/// Publishes one file the bot wrote itself (a curated answer from a staff reply) along the uploads' path: validated by
/// the real loader as deferred work, then, in the committing turn under the publishing lock, recorded as a new version
/// (so <c>/versions</c> lists it and <c>/rollback</c> can undo it) and written atomically, the catalogue reloaded after
/// the commit. The same content published twice records nothing the second time.
/// </summary>
public sealed class DraftPublisher(
    CatalogueStore store,
    VersionHistory history,
    UploadValidator validator,
    ContentPublisher publisher,
    ILogger<DraftPublisher> logger)
{
    public ConversationResult Publish(DraftFile file) => ConversationResult.Later(DeferredWork.Create(
        ct => validator.ValidateAsync([file], null, ct),
        (committing, validation, ct) => CommitAsync(committing, file, validation, ct)));

    private async Task<ConversationResult> CommitAsync(ConversationContext context, DraftFile file, UploadValidation validation, CancellationToken cancellationToken)
    {
        if (validation.HasErrors)
        {
            var errors = validation.Diagnostics.Where(d => d.IsError).InReadingOrder().Take(10).Select(d => d.ToString());
            return ConversationResult.Of(ReplyFactory.Plain(string.Join("\n", [UiText.Format(UiText.DraftInvalid, file.Path), .. errors])));
        }

        await context.Db.LockForTransactionAsync(ContentPublisher.PublishingLock, cancellationToken);
        var current = await ContentPaths.ReadAsync(store.Root, file.Path, cancellationToken);
        if (ContentHash.OfOptional(current) == ContentHash.Of(file.Content))
        {
            return ConversationResult.Notice(UiText.Format(UiText.DraftAlreadyPublished, file.Path));
        }

        var version = await history.AddAsync(
            context.Db, new NewVersion(file.Path, file.Content, VersionSource.Upload, context.Learner.Id, context.Learner.DisplayName, context.UtcNow), current, cancellationToken);
        // Saved before the file is written: a concurrent publish that took the version number fails here.
        await context.Db.SaveChangesAsync(cancellationToken);
        await publisher.WriteUntilCommitAsync(context, [file], new Dictionary<string, byte[]?> { [file.Path] = current }, cancellationToken);
        logger.LogInformation("User {UserId} published {Path} as version {Version}", context.Learner.Id, file.Path, version.Number);
        return ConversationResult.Of(ReplyFactory.Format(UiText.DraftPublished, file.Path, version.Number));
    }
}
