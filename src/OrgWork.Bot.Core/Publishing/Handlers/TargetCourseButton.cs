using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Publishing.Handlers;

/// <summary>放入《课程》: puts a lesson (or course.md) that matched no file into the chosen course, validated there.</summary>
public sealed class TargetCourseButton(UploadStaging staging, UploadValidator validator, UploadPreview preview, ILogger<TargetCourseButton> logger) : IButtonHandler
{
    public string Action => PublishingActions.Target;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var upload = await staging.FindPressedAsync(context, payload, cancellationToken);
        var course = payload.Argument(1) is { } courseId ? context.Catalogue.FindCourse(courseId) : null;
        if (upload is null || course is null)
        {
            return ConversationResult.Notice(UiText.StaleButton);
        }

        if (upload.Status != UploadStatus.AwaitingTarget)
        {
            return ConversationResult.Notice(ContentPublisher.ClosedNotice(upload) ?? UiText.UploadAlreadyClosed);
        }

        var file = upload.Files.Single();
        var target = UploadPlanner.InCourse(course.Slug, Path.GetFileName(file.Path), file.Content);
        var validation = await validator.ValidateAsync([target], null, cancellationToken);
        if (validation.HasErrors)
        {
            // The upload stays open: another course may suit it.
            return ConversationResult.Of(preview.Report(upload.FileName, validation.Diagnostics));
        }

        await staging.TargetAsync(upload, course.Slug, cancellationToken);
        logger.LogInformation("Trainer {UserId} put upload {UploadId} into course {Course} as {Path}", context.Learner.Id, upload.Id, course.Slug, file.Path);
        return preview.Targeted(upload, validation.Diagnostics);
    }
}
