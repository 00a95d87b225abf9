using Microsoft.Extensions.Logging;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Reports;

/// <summary><c>/report</c> (trainers, admins): the per-branch table and the same figures as a bar chart.</summary>
public sealed class ReportCommand(BranchReportBuilder builder, ReportChart chart, ILogger<ReportCommand> logger) : ICommandHandler
{
    public string Name => "report";

    public string Description => UiText.CommandReport;

    public Role RequiredRole => Role.Trainer;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        logger.LogInformation("User {UserId} ({Role}) requested the branch report", context.Learner.Id, context.Role);
        var rows = await builder.BuildAsync(context.Db, context.UtcNow, cancellationToken);
        if (rows.Count == 0)
        {
            return ConversationResult.Of(ReplyFactory.Plain(UiText.ReportEmpty));
        }

        var table = new RichTextBuilder()
            .Bold(UiText.ReportTitle).Text("\n")
            .Open("pre").Text(ReportFormatter.Table(rows)).Close("pre")
            .Text("\n" + UiText.ReportNotes)
            .Build();
        var image = new Reply
        {
            Text = ReplyFactory.Plain(UiText.ReportChartTitle).Text,
            Image = new ReplyImage("branch-report.png", chart.Render(rows)),
        };
        return ConversationResult.Of(new Reply { Text = table }, image);
    }
}
