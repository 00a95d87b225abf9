using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing.Handlers;

/// <summary>
/// A file sent by a trainer: read within its limits, planned, validated as <c>validate</c> would, staged in
/// the database and previewed with 发布 / 取消. Nothing touches the content folder here.
/// </summary>
public sealed class UploadFileHandler(
    UploadPlanner planner,
    UploadValidator validator,
    UploadStaging staging,
    UploadPreview preview,
    ILogger<UploadFileHandler> logger) : IFileHandler
{
    public async Task<ConversationResult> HandleAsync(ConversationContext context, InputFile file, CancellationToken cancellationToken)
    {
        if (context.Role < Role.Trainer)
        {
            logger.LogWarning("User {UserId} ({Role}) sent file {FileName}; only trainers may upload content", context.Learner.Id, context.Role, file.FileName);
            return ConversationResult.Of(ReplyFactory.Plain(UiText.UploadNotAllowed));
        }

        logger.LogInformation("Trainer {UserId} uploaded {FileName} ({Length} bytes announced)", context.Learner.Id, file.FileName, file.Length);
        UploadPlan plan;
        try
        {
            plan = await planner.PlanAsync(file, cancellationToken);
        }
        catch (UploadRejectedException ex)
        {
            logger.LogWarning("Upload {FileName} from trainer {UserId} was rejected: {Reason}", file.FileName, context.Learner.Id, ex.Message);
            return ConversationResult.Of(ReplyFactory.Plain(ex.Message));
        }

        if (plan.Files.Count == 0)
        {
            logger.LogWarning("Question import {FileName} from trainer {UserId} failed with {Errors} errors", plan.FileName, context.Learner.Id, plan.ImportDiagnostics.Count(d => d.IsError));
            return ConversationResult.Of(preview.Report(plan.FileName, plan.ImportDiagnostics));
        }

        var validation = await validator.ValidateAsync(plan.ValidationFiles, plan.Remap, cancellationToken);
        var diagnostics = plan.ImportDiagnostics.Concat(validation.Diagnostics).ToList();
        if (diagnostics.Any(d => d.IsError))
        {
            logger.LogWarning("Upload {FileName} from trainer {UserId} failed validation with {Errors} errors", plan.FileName, context.Learner.Id, diagnostics.Count(d => d.IsError));
            return ConversationResult.Of(preview.Report(plan.FileName, diagnostics));
        }

        var upload = await staging.StageAsync(context, plan, cancellationToken);
        logger.LogInformation(
            "Trainer {UserId} staged upload {UploadId} ({FileName}, {Kind}): {Paths}",
            context.Learner.Id, upload.Id, upload.FileName, upload.Kind, string.Join(", ", upload.Files.Select(f => f.Path)));
        return preview.Staged(upload, plan, validation, diagnostics, context.Catalogue);
    }
}
