using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Plans;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Reports;

/// <summary>
/// <c>/report</c> (trainers, admins): the per-branch table and the same figures as a bar chart; <c>/report 上级</c> rolls
/// the branches up to their 党委/党总支. The year's study plans follow, with how many members finished each, per branch.
/// </summary>
public sealed class ReportCommand(BranchReportReplies report, PlanReport plans, ILogger<ReportCommand> logger) : ICommandHandler
{
    public string Name => "report";

    public string Description => UiText.CommandReport;

    public Role RequiredRole => Role.Trainer;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var level = ParseLevel(arguments);
        logger.LogInformation("User {UserId} ({Role}) requested the {Level} report", context.Learner.Id, context.Role, level);
        var rows = await report.RowsAsync(context.Db, context.UtcNow, level, cancellationToken);
        var planProgress = PlanReport.Compose(await plans.BuildAsync(context.Db, context.Catalogue, context.UtcNow, cancellationToken));

        // The chart is drawn outside the transaction and the write gate; the turn commits nothing else.
        return ConversationResult.Later(DeferredWork.Create(
            _ => Task.FromResult(report.Compose(rows, level)),
            (_, replies, _) => Task.FromResult(ConversationResult.Of(planProgress is null ? [.. replies] : [.. replies, planProgress]))));
    }

    /// <summary><c>上级</c>, <c>党委</c> or <c>parent</c> rolls up; anything else is the branch report.</summary>
    public static ReportLevel ParseLevel(string arguments) => arguments.Trim().ToLowerInvariant() switch
    {
        "上级" or "上级党组织" or "党委" or "parent" => ReportLevel.Parent,
        _ => ReportLevel.Branch,
    };
}
