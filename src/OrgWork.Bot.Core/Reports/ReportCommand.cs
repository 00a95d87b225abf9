using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Reports;

/// <summary><c>/report</c> (trainers, admins): the per-branch table and the same figures as a bar chart.</summary>
public sealed class ReportCommand(BranchReportReplies report, ILogger<ReportCommand> logger) : ICommandHandler
{
    public string Name => "report";

    public string Description => UiText.CommandReport;

    public Role RequiredRole => Role.Trainer;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        logger.LogInformation("User {UserId} ({Role}) requested the branch report", context.Learner.Id, context.Role);
        var rows = await report.RowsAsync(context.Db, context.UtcNow, cancellationToken);

        // The chart is drawn outside the transaction and the write gate; the turn commits nothing else.
        return ConversationResult.Later(DeferredWork.Create(
            _ => Task.FromResult(report.Compose(rows)),
            (_, replies, _) => Task.FromResult(ConversationResult.Of([.. replies]))));
    }
}
