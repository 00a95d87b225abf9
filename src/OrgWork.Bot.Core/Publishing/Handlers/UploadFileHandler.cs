using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing.Handlers;

/// <summary>
/// A file sent by a trainer: read within its limits (a download, for Telegram), planned and validated as
/// <c>validate</c> would — slow work, done outside the turn's transaction — then staged in the database and previewed
/// with 发布 / 取消 in the committing step. Nothing touches the content folder here.
/// </summary>
public sealed class UploadFileHandler(
    UploadPlanner planner,
    UploadValidator validator,
    UploadStaging staging,
    UploadPreview preview,
    ILogger<UploadFileHandler> logger) : IFileHandler
{
    public Task<ConversationResult> HandleAsync(ConversationContext context, InputFile file, CancellationToken cancellationToken)
    {
        if (context.Role < Role.Trainer)
        {
            logger.LogWarning("User {UserId} ({Role}) sent file {FileName}; only trainers may upload content", context.Learner.Id, context.Role, file.FileName);
            return Task.FromResult(ConversationResult.Of(ReplyFactory.Plain(UiText.UploadNotAllowed)));
        }

        var trainerId = context.Learner.Id;
        logger.LogInformation("Trainer {UserId} uploaded {FileName} ({Length} bytes announced)", trainerId, file.FileName, file.Length);
        return Task.FromResult(ConversationResult.Later(DeferredWork.Create(
            ct => CheckAsync(file, trainerId, ct),
            StageAsync)));
    }

    /// <summary>Reads, plans and validates the upload: no database, no transaction.</summary>
    private async Task<CheckedUpload> CheckAsync(InputFile file, long trainerId, CancellationToken cancellationToken)
    {
        UploadPlan plan;
        try
        {
            plan = await planner.PlanAsync(file, cancellationToken);
        }
        catch (UploadRejectedException ex)
        {
            logger.LogWarning("Upload {FileName} from trainer {UserId} was rejected: {Reason}", file.FileName, trainerId, ex.Message);
            return new CheckedUpload(null, null, [], ReplyFactory.Plain(ex.Message));
        }

        if (plan.Files.Count == 0)
        {
            logger.LogWarning("Question import {FileName} from trainer {UserId} failed with {Errors} errors", plan.FileName, trainerId, plan.ImportDiagnostics.Count(d => d.IsError));
            return new CheckedUpload(plan, null, plan.ImportDiagnostics, preview.Report(plan.FileName, plan.ImportDiagnostics));
        }

        var validation = await validator.ValidateAsync(plan.ValidationFiles, plan.Remap, cancellationToken);
        var diagnostics = plan.ImportDiagnostics.Concat(validation.Diagnostics).InReadingOrder();
        if (diagnostics.Any(d => d.IsError))
        {
            logger.LogWarning("Upload {FileName} from trainer {UserId} failed validation with {Errors} errors", plan.FileName, trainerId, diagnostics.Count(d => d.IsError));
            return new CheckedUpload(plan, validation, diagnostics, preview.Report(plan.FileName, diagnostics));
        }

        return new CheckedUpload(plan, validation, diagnostics, Refusal: null);
    }

    private async Task<ConversationResult> StageAsync(ConversationContext context, CheckedUpload upload, CancellationToken cancellationToken)
    {
        if (upload is not { Refusal: null, Plan: { } plan, Validation: { } validation })
        {
            return ConversationResult.Of(upload.Refusal!);
        }

        var staged = await staging.StageAsync(context, plan, cancellationToken);
        logger.LogInformation(
            "Trainer {UserId} staged upload {UploadId} ({FileName}, {Kind}): {Paths}",
            context.Learner.Id, staged.Id, staged.FileName, staged.Kind, string.Join(", ", staged.Files.Select(f => f.Path)));
        return preview.Staged(staged, plan, validation, upload.Diagnostics, context.Catalogue);
    }

    private sealed record CheckedUpload(UploadPlan? Plan, UploadValidation? Validation, IReadOnlyList<Diagnostic> Diagnostics, Reply? Refusal);
}
