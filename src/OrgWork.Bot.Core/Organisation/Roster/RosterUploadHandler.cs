using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Publishing;
using OrgWork.Bot.Core.Publishing.Handlers;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Organisation.Roster;

/// <summary>
/// A roster sent in chat by an admin (📎 on the web): read and checked as <c>roster import --dry-run</c> would — slow
/// work, outside the turn's transaction —, then kept (not applied) with its report and 导入 / 取消. Every other file goes
/// to the content upload.
/// </summary>
public sealed class RosterUploadHandler(UploadFileHandler content, RosterImport import, ILogger<RosterUploadHandler> logger) : IFileHandler
{
    /// <summary>A report lists at most this many problems; the count of the rest follows.</summary>
    public const int ShownDiagnostics = 30;

    public Task<ConversationResult> HandleAsync(ConversationContext context, InputFile file, CancellationToken cancellationToken)
    {
        if (!RosterUploads.IsRosterFile(file.FileName))
        {
            return content.HandleAsync(context, file, cancellationToken);
        }

        if (context.Role < Role.Admin)
        {
            logger.LogWarning("User {UserId} ({Role}) sent a roster file; only admins may import the roster", context.Learner.Id, context.Role);
            return Task.FromResult(ConversationResult.Of(ReplyFactory.Plain(UiText.RosterUploadAdminsOnly)));
        }

        return Task.FromResult(ConversationResult.Later(DeferredWork.Create(ct => CheckAsync(file, ct), StageAsync)));
    }

    private async Task<Checked> CheckAsync(InputFile file, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await UploadReader.ReadAsync(file, RosterImport.MaxFileBytes, cancellationToken);
        }
        catch (UploadRejectedException ex)
        {
            return new Checked(file.FileName, [], null, ex.Message);
        }

        var plan = await import.PlanAsync(new MemoryStream(bytes, writable: false), file.FileName, cancellationToken);
        return new Checked(file.FileName, bytes, plan, null);
    }

    private static async Task<ConversationResult> StageAsync(ConversationContext context, Checked result, CancellationToken cancellationToken)
    {
        if (result.Refusal is not null || result.Plan is null)
        {
            return ConversationResult.Of(ReplyFactory.Plain(result.Refusal ?? UiText.InternalError));
        }

        var plan = result.Plan;
        var report = new StringBuilder();
        foreach (var diagnostic in plan.Diagnostics.Take(ShownDiagnostics))
        {
            report.AppendLine(diagnostic.ToString());
        }

        if (plan.Diagnostics.Count > ShownDiagnostics)
        {
            report.AppendLine(UiText.Format(UiText.RosterMoreProblems, plan.Diagnostics.Count - ShownDiagnostics));
        }

        if (plan.Counts is not { } counts)
        {
            report.Append(UiText.Format(UiText.RosterRefused, plan.ErrorCount));
            return ConversationResult.Of(ReplyFactory.Plain(report.ToString()));
        }

        var upload = new StagedUpload
        {
            OwnerId = context.Learner.Id,
            FileName = result.FileName,
            Kind = UploadKind.Roster,
            Status = UploadStatus.Ready,
            CreatedAt = context.UtcNow,
            Files = [new StagedFile { Path = result.FileName, Content = result.Bytes, Hash = Convert.ToHexStringLower(SHA256.HashData(result.Bytes)) }],
        };
        context.Db.StagedUploads.Add(upload);
        await context.Db.SaveChangesAsync(cancellationToken);
        report.Append(UiText.Format(UiText.RosterUploadPlanned, result.FileName, counts.Summary(deactivateMissing: false)));
        return ConversationResult.Of(new Reply { Text = new Rendering.RichTextBuilder().Text(report.ToString()).Build(), Buttons = RosterUploads.Buttons(upload.Id) });
    }

    private sealed record Checked(string FileName, byte[] Bytes, RosterPlan? Plan, string? Refusal);
}
