using System.Text;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>
/// What <c>/rollback</c> would do, before it does it: the version it goes back to (第 N 版, date, publisher), the
/// file it changes with the lines gained and lost, and 确认 / 取消. Nothing is written until 确认.
/// </summary>
public sealed class RollbackPreview(VersionHistory history, CatalogueStore store, LearningClock clock, ILogger<RollbackPreview> logger)
{
    public async Task<ConversationResult> PreviewAsync(ConversationContext context, string path, int number, CancellationToken cancellationToken)
    {
        var version = await history.FindAsync(context.Db, path, number, cancellationToken);
        var latest = await history.LatestAsync(context.Db, path, cancellationToken);
        if (version is null || latest is null)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.RollbackNoSuchVersion, path, number));
        }

        var current = await ContentPaths.ReadAsync(store.Root, path, cancellationToken);
        if (ContentHash.OfOptional(current) == version.ContentHash)
        {
            return ConversationResult.Of(ReplyFactory.Format(UiText.RollbackAlreadyCurrent, path, number));
        }

        var text = new RichTextBuilder()
            .Bold(UiText.RollbackPreviewTitle)
            .Text("\n" + UiText.Format(UiText.RollbackPreviewTarget, path))
            .Text("\n" + VersionDescription.Line(version, clock))
            .Text("\n" + UiText.RollbackPreviewFiles)
            .Text("\n" + Change(path, current, version.Content))
            .Text("\n\n" + UiText.RollbackPreviewHint);

        var ticket = new RollbackTicket(version.Id, latest.Number, context.Learner.Id);
        logger.LogInformation("Trainer {UserId} previewed rolling {Path} back to version {Version} (latest {Latest})", context.Learner.Id, path, number, latest.Number);
        return ConversationResult.Of(new Reply
        {
            Text = text.Build(),
            Buttons = [[new Button(UiText.ButtonConfirmRollback, RollbackActions.ToConfirm(ticket)), new Button(UiText.ButtonCancelRollback, RollbackActions.ToCancel(ticket))]],
        });
    }

    private static string Change(string path, byte[]? current, byte[] restored)
    {
        var restoredText = Encoding.UTF8.GetString(restored);
        if (current is null)
        {
            return UiText.Format(UiText.RollbackPreviewRecreated, path, LineChanges.Between(null, restoredText).Added);
        }

        var lines = LineChanges.Between(Encoding.UTF8.GetString(current), restoredText);
        return UiText.Format(UiText.RollbackPreviewFile, path, lines.Added, lines.Removed);
    }
}
