using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>
/// Publishes staged uploads and rolls files back, all or nothing: the files, their version rows and the
/// upload's status change together or not at all. The files are validated against their course first, as
/// deferred work outside the transaction. In the committing turn each file is checked against the
/// version its upload was based on (someone else may have published it since), its new version and the
/// upload's status are saved (the unique version number per path settles a race), and only then are the
/// files written atomically, remembering what they replaced. If the turn does not commit, the previous bytes
/// are put back (<see cref="ContentWriteJournal"/>); after it commits, the catalogue is reloaded outside the
/// transaction, and a reload that fails is logged while the previous catalogue stays live (the files and the
/// versions still agree; the watcher's next reload picks the files up). The reply's catalogue figures come
/// from that validation, as the reload will see them.
/// Learners keep the snapshot they started with, so a lesson or quiz in progress is not disturbed.
/// Publishes and rollbacks take one database lock until their input commits: the files are written before
/// that commit, so without it another instance could see a new file whose version is not visible yet.
/// </summary>
public sealed class ContentPublisher(
    CatalogueStore store,
    VersionHistory history,
    UploadStaging staging,
    UploadValidator validator,
    LearningClock clock,
    ILogger<ContentPublisher> logger)
{
    /// <summary>The database lock a publish or rollback holds until its input commits.</summary>
    public const string PublishingLock = "content-publishing";

    /// <summary>
    /// Publishes <paramref name="upload"/>: its files are validated against their course as deferred work (a parse,
    /// outside the transaction and the write gate), then the committing step checks, records and writes them.
    /// </summary>
    public Task<ConversationResult> PublishAsync(ConversationContext context, StagedUpload upload, CancellationToken cancellationToken)
    {
        if (ClosedNotice(upload) is { } notice)
        {
            return Task.FromResult(ConversationResult.Notice(notice));
        }

        var uploadId = upload.Id;
        var changed = Changed(upload);
        return Task.FromResult(ConversationResult.Later(DeferredWork.Create(
            ct => validator.ValidateAsync(changed, null, ct),
            (committing, validation, ct) => PublishValidatedAsync(committing, uploadId, validation, ct))));
    }

    /// <summary>
    /// Rolls <paramref name="path"/> back to version <paramref name="number"/> as previewed while its latest version was
    /// <paramref name="previewedLatest"/>: that version is validated as deferred work, then the committing step checks
    /// (under the publishing lock) that nothing was published since the preview, records and writes it.
    /// </summary>
    public async Task<ConversationResult> RollbackAsync(ConversationContext context, string path, int number, int previewedLatest, CancellationToken cancellationToken)
    {
        var version = await history.FindAsync(context.Db, path, number, cancellationToken);
        if (version is null)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.RollbackNoSuchVersion, path, number));
        }

        if (await history.LatestAsync(context.Db, path, cancellationToken) is { } latest && latest.Number != previewedLatest)
        {
            return ConversationResult.Notice(UiText.Format(UiText.RollbackPreviewOutdated, path));
        }

        var content = version.Content;
        return ConversationResult.Later(DeferredWork.Create(
            ct => validator.ValidateAsync([new DraftFile(path, content)], null, ct),
            (committing, validation, ct) => RollBackValidatedAsync(committing, path, number, previewedLatest, validation, ct)));
    }

    private static List<DraftFile> Changed(StagedUpload upload) =>
        [.. upload.Files.Where(f => f.Hash != f.BaseHash).Select(f => new DraftFile(f.Path, f.Content))];

    private async Task<ConversationResult> PublishValidatedAsync(ConversationContext context, long uploadId, UploadValidation validation, CancellationToken cancellationToken)
    {
        await context.Db.LockForTransactionAsync(PublishingLock, cancellationToken);
        // Read under the lock: the same upload may just have been published through another instance.
        var upload = await context.Db.StagedUploads.Include(u => u.Files).FirstOrDefaultAsync(u => u.Id == uploadId, cancellationToken);
        if (upload is null)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        if (ClosedNotice(upload) is { } notice)
        {
            return ConversationResult.Notice(notice);
        }

        var current = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var file in upload.Files)
        {
            current[file.Path] = await ContentPaths.ReadAsync(store.Root, file.Path, cancellationToken);
        }

        if (upload.Files.FirstOrDefault(f => ContentHash.OfOptional(current[f.Path]) != f.BaseHash) is { } changedSince)
        {
            return await RefuseOutdatedAsync(context, upload, changedSince.Path, ContentHash.OfOptional(current[changedSince.Path]), cancellationToken);
        }

        var changed = Changed(upload);
        if (changed.Count == 0)
        {
            staging.Close(context.Db, upload, UploadStatus.Cancelled, context.UtcNow);
            return ConversationResult.Of(ReplyFactory.Plain(UiText.PublishNoChange));
        }

        var versions = new List<ContentVersion>();
        foreach (var file in changed)
        {
            var version = new NewVersion(file.Path, file.Content, VersionSource.Upload, context.Learner.Id, context.Learner.DisplayName, context.UtcNow) { UploadId = upload.Id };
            versions.Add(await history.AddAsync(context.Db, version, current[file.Path], cancellationToken));
        }

        staging.Close(context.Db, upload, UploadStatus.Published, context.UtcNow);
        // Saved before any file is written: a concurrent publish that took the version number fails here, the
        // engine handles the press again, and the outdated check above then tells who published first.
        await context.Db.SaveChangesAsync(cancellationToken);

        var text = new RichTextBuilder().Bold(UiText.Format(UiText.Published, upload.FileName));
        foreach (var version in versions)
        {
            text.Text("\n" + UiText.Format(UiText.PublishedFile, version.Path, version.Number));
        }

        AppendCatalogue(text, context.Catalogue, validation, versions.Select(v => v.Path));
        var reply = ConversationResult.Of(new Reply { Text = text.Build() });

        // The last step of the turn, so that nothing of the handler can fail after the files are written.
        await WriteUntilCommitAsync(context, changed, current, cancellationToken);
        logger.LogInformation(
            "Trainer {UserId} published upload {UploadId} ({FileName}): {Versions}",
            context.Learner.Id, upload.Id, upload.FileName, string.Join(", ", versions.Select(v => $"{v.Path} v{v.Number} {ContentHash.Abbreviate(v.ContentHash)}")));
        return reply;
    }

    private async Task<ConversationResult> RollBackValidatedAsync(
        ConversationContext context, string path, int number, int previewedLatest, UploadValidation validation, CancellationToken cancellationToken)
    {
        await context.Db.LockForTransactionAsync(PublishingLock, cancellationToken);
        var version = await history.FindAsync(context.Db, path, number, cancellationToken);
        if (version is null)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.RollbackNoSuchVersion, path, number));
        }

        // Read under the lock: a publish or another confirmed rollback may have committed since the preview.
        if ((await history.LatestAsync(context.Db, path, cancellationToken))?.Number != previewedLatest)
        {
            return ConversationResult.Notice(UiText.Format(UiText.RollbackPreviewOutdated, path));
        }

        var current = await ContentPaths.ReadAsync(store.Root, path, cancellationToken);
        if (ContentHash.OfOptional(current) == version.ContentHash)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.RollbackAlreadyCurrent, path, number));
        }

        if (validation.HasErrors)
        {
            logger.LogWarning("Trainer {UserId} could not roll {Path} back to version {Version}: it no longer validates", context.Learner.Id, path, number);
            var refused = new RichTextBuilder().Text(UiText.Format(UiText.RollbackInvalid, number));
            foreach (var diagnostic in validation.Diagnostics.Where(d => d.IsError).InReadingOrder().Take(20))
            {
                refused.Text("\n" + diagnostic);
            }

            return ConversationResult.Of(new Reply { Text = refused.Build() });
        }

        var restored = new NewVersion(path, version.Content, VersionSource.Rollback, context.Learner.Id, context.Learner.DisplayName, context.UtcNow) { RestoredNumber = number };
        var added = await history.AddAsync(context.Db, restored, current, cancellationToken);
        await context.Db.SaveChangesAsync(cancellationToken);

        var text = new RichTextBuilder().Text(UiText.Format(UiText.RolledBack, path, number, added.Number));
        AppendCatalogue(text, context.Catalogue, validation, [path]);
        var reply = ConversationResult.Of(new Reply { Text = text.Build() });

        await WriteUntilCommitAsync(context, [new DraftFile(path, version.Content)], new Dictionary<string, byte[]?> { [path] = current }, cancellationToken);
        logger.LogInformation("Trainer {UserId} rolled {Path} back to version {Restored} (recorded as version {Version})", context.Learner.Id, path, number, added.Number);
        return reply;
    }

    /// <summary>Why an upload cannot be published any more, or null when it can.</summary>
    public static string? ClosedNotice(StagedUpload upload) => upload.Status switch
    {
        UploadStatus.Published => UiText.UploadAlreadyPublished,
        UploadStatus.Cancelled => UiText.UploadAlreadyClosed,
        UploadStatus.Superseded => UiText.UploadSuperseded,
        UploadStatus.AwaitingTarget => UiText.UploadNeedsTarget,
        _ => null,
    };

    private async Task<ConversationResult> RefuseOutdatedAsync(ConversationContext context, StagedUpload upload, string path, string? currentHash, CancellationToken cancellationToken)
    {
        var latest = await history.LatestAsync(context.Db, path, cancellationToken);
        staging.Close(context.Db, upload, UploadStatus.Superseded, context.UtcNow);
        logger.LogWarning(
            "Trainer {UserId} could not publish upload {UploadId}: {Path} changed since it was uploaded (latest version {Version} by user {AuthorId})",
            context.Learner.Id, upload.Id, path, latest?.Number, latest?.AuthorId);
        var message = latest is { AuthorId: not null } && latest.ContentHash == currentHash
            ? UiText.Format(UiText.PublishConflict, path, latest.AuthorName, clock.LocalTime(latest.CreatedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), latest.Number)
            : UiText.Format(UiText.PublishConflictUnknown, path);
        return ConversationResult.Of(ReplyFactory.Plain(message));
    }

    /// <summary>
    /// Writes the files as the last step of the turn. If the turn's transaction does not commit (the handler
    /// fails after this, or the engine's final save does), the files are put back; once it commits, they stay
    /// and the catalogue is reloaded outside the transaction.
    /// </summary>
    internal async Task WriteUntilCommitAsync(ConversationContext context, IReadOnlyList<DraftFile> files, IReadOnlyDictionary<string, byte[]?> previous, CancellationToken cancellationToken)
    {
        var journal = await ContentWriteJournal.WriteAsync(store.Root, files, previous, logger, cancellationToken);
        // The engine's final save (delivery id, outbox) can still fail, e.g. when the same update was applied
        // elsewhere; the engine then handles the input again, and must find the folder as it was.
        void OnSaveFailed(object? sender, SaveChangesFailedEventArgs e) => journal.Restore();
        context.Db.SaveChangesFailed += OnSaveFailed;
        context.IfNotCommitted(journal.Restore);
        context.AfterCommit(async ct =>
        {
            journal.Keep();
            context.Db.SaveChangesFailed -= OnSaveFailed;
            await ReloadAfterCommitAsync(files, ct);
        });
    }

    private async Task ReloadAfterCommitAsync(IReadOnlyList<DraftFile> files, CancellationToken cancellationToken)
    {
        try
        {
            await store.ReloadAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogError(
                ex, "Reloading the catalogue after publishing {Paths} failed; the previous catalogue stays live until the next reload (the files and their versions agree)",
                string.Join(", ", files.Select(f => f.Path)));
        }
    }

    /// <summary>The catalogue as the reload will find it: the snapshot of the turn with the validated courses and banks in place.</summary>
    private static void AppendCatalogue(RichTextBuilder text, Catalogue before, UploadValidation validation, IEnumerable<string> paths)
    {
        var after = CatalogueForecast.With(before, validation.Catalogue);
        var published = paths.ToHashSet(StringComparer.Ordinal);
        var problems = validation.Diagnostics.Where(d => d.IsError && published.Contains(d.Path)).InReadingOrder();
        text.Text("\n\n" + UiText.Format(UiText.PublishedCatalogue, after.Courses.Count, after.LessonCount, after.QuestionCount));
        if (problems.Count > 0)
        {
            text.Text("\n\n" + UiText.PublishedProblems);
            foreach (var problem in problems.Take(10))
            {
                text.Text("\n" + problem);
            }
        }
    }
}
