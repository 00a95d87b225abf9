using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>
/// Keeps validated uploads in the database until 发布 or 取消, each file with the hash of the file it would
/// replace; finds a trainer's own uploads for the buttons and <c>/publish</c>.
/// </summary>
public sealed class UploadStaging(CatalogueStore store, IOptions<PublishingOptions> options, ILogger<UploadStaging> logger)
{
    public async Task<StagedUpload> StageAsync(ConversationContext context, UploadPlan plan, CancellationToken cancellationToken)
    {
        await ExpireOldAsync(context, cancellationToken);
        var upload = new StagedUpload
        {
            OwnerId = context.Learner.Id,
            FileName = plan.FileName.Length > 260 ? plan.FileName[..260] : plan.FileName,
            Kind = plan.Kind,
            Status = plan.NeedsTarget ? UploadStatus.AwaitingTarget : UploadStatus.Ready,
            CreatedAt = context.UtcNow,
        };
        foreach (var file in plan.Files)
        {
            var current = plan.NeedsTarget ? null : await ContentPaths.ReadAsync(store.Root, file.Path, cancellationToken);
            upload.Files.Add(new StagedFile { Path = file.Path, Content = file.Content, Hash = ContentHash.Of(file.Content), BaseHash = ContentHash.OfOptional(current) });
        }

        context.Db.StagedUploads.Add(upload);
        await context.Db.SaveChangesAsync(cancellationToken);
        return upload;
    }

    /// <summary>Sets the course of an upload that waited for one, remembering the file it would replace there.</summary>
    public async Task TargetAsync(StagedUpload upload, string courseSlug, CancellationToken cancellationToken)
    {
        var file = upload.Files.Single();
        file.Path = UploadPlanner.InCourse(courseSlug, Path.GetFileName(file.Path), file.Content).Path;
        file.BaseHash = ContentHash.OfOptional(await ContentPaths.ReadAsync(store.Root, file.Path, cancellationToken));
        upload.Status = UploadStatus.Ready;
    }

    /// <summary>The trainer's own upload with this id, files included; null for anyone else's or an unknown id.</summary>
    public Task<StagedUpload?> FindOwnAsync(ConversationContext context, long uploadId, CancellationToken cancellationToken) =>
        context.Db.StagedUploads.Include(u => u.Files).FirstOrDefaultAsync(u => u.Id == uploadId && u.OwnerId == context.Learner.Id && u.Kind != UploadKind.Roster, cancellationToken);

    /// <summary>
    /// The upload a button names, when the presser is a trainer and the uploader; null for a forged, stale or
    /// someone else's button (answered with the stale-button notice, never with another trainer's data).
    /// </summary>
    public async Task<StagedUpload?> FindPressedAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (context.Role < Role.Trainer)
        {
            logger.LogWarning("User {UserId} ({Role}) pressed upload button {Data}; only trainers may publish", context.Learner.Id, context.Role, context.Input.ButtonData);
            return null;
        }

        var upload = payload.Argument(0) is { } argument && long.TryParse(argument, out var uploadId)
            ? await FindOwnAsync(context, uploadId, cancellationToken)
            : null;
        if (upload is null)
        {
            logger.LogWarning("Trainer {UserId} pressed upload button {Data} of an unknown upload or someone else's", context.Learner.Id, context.Input.ButtonData);
        }

        return upload;
    }

    /// <summary>The trainer's most recent upload still waiting for 发布.</summary>
    public Task<StagedUpload?> LatestOpenAsync(ConversationContext context, CancellationToken cancellationToken) =>
        context.Db.StagedUploads.Include(u => u.Files)
            .Where(u => u.OwnerId == context.Learner.Id && u.Kind != UploadKind.Roster && (u.Status == UploadStatus.Ready || u.Status == UploadStatus.AwaitingTarget))
            .OrderByDescending(u => u.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Closes an upload and drops its staged bytes (a published upload's bytes live on in its versions).</summary>
    public void Close(OrgWorkDbContext db, StagedUpload upload, UploadStatus status, DateTime now)
    {
        upload.Status = status;
        upload.ClosedAt = now;
        db.StagedFiles.RemoveRange(upload.Files);
    }

    private async Task ExpireOldAsync(ConversationContext context, CancellationToken cancellationToken)
    {
        var cutoff = context.UtcNow.AddDays(-options.Value.StagedUploadDays);
        var expired = await context.Db.StagedUploads.Include(u => u.Files)
            .Where(u => (u.Status == UploadStatus.Ready || u.Status == UploadStatus.AwaitingTarget) && u.CreatedAt < cutoff)
            .ToListAsync(cancellationToken);
        foreach (var upload in expired)
        {
            Close(context.Db, upload, UploadStatus.Cancelled, context.UtcNow);
        }
    }
}
