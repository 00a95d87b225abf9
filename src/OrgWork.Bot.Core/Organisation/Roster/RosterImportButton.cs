using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>
/// 导入 under a roster report: the kept file is checked again against the members as they are now and applied (the
/// import takes the write gate itself, outside this turn's transaction); the upload is then closed. Importing is
/// idempotent, so a repeated press changes nothing more.
/// </summary>
public sealed class RosterImportButton(RosterImport import, ILogger<RosterImportButton> logger) : IButtonHandler
{
    public string Action => RosterUploads.ImportAction;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        if (await RosterUploads.FindOpenAsync(context, payload, cancellationToken) is not { } upload)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        var bytes = upload.Files.Single().Content;
        var fileName = upload.FileName;
        var uploadId = upload.Id;
        var actor = new RosterActor(context.Learner.Id, context.Learner.DisplayName);
        return ConversationResult.Later(DeferredWork.Create(
            async ct =>
            {
                var plan = await import.PlanAsync(new MemoryStream(bytes, writable: false), fileName, ct);
                return plan.CanApply ? (Summary: (await import.ApplyAsync(plan, actor, new RosterImportOptions(), ct)).Summary(false), Failed: false) : (Summary: "", Failed: true);
            },
            async (commit, outcome, ct) =>
            {
                if (await commit.Db.StagedUploads.FindAsync([uploadId], ct) is { } staged)
                {
                    staged.Status = outcome.Failed ? UploadStatus.Cancelled : UploadStatus.Published;
                    staged.ClosedAt = commit.UtcNow;
                    commit.Db.StagedFiles.RemoveRange(commit.Db.StagedFiles.Where(f => f.UploadId == uploadId));
                }

                logger.LogInformation("Admin {UserId} imported roster upload {UploadId}: {Outcome}", commit.Learner.Id, uploadId, outcome.Failed ? "refused" : "applied");
                return ConversationResult.Of(ReplyFactory.Plain(outcome.Failed
                    ? UiText.RosterUploadChanged
                    : UiText.Format(UiText.RosterUploadImported, fileName, outcome.Summary)));
            }));
    }
}
