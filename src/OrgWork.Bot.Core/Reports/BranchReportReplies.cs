using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;
using OrgWork.Bot.Core.Storage;

namespace OrgWork.Bot.Core.Reports;

/// <summary>
/// The branch report as messages: a list with two short lines per branch (a table would be cut off on a phone), then the
/// same figures as a chart.
/// </summary>
public sealed class BranchReportReplies(BranchReportBuilder builder, ReportChart chart)
{
    public async Task<IReadOnlyList<Reply>> BuildAsync(OrgWorkDbContext db, DateTime utcNow, CancellationToken cancellationToken) =>
        Compose(await RowsAsync(db, utcNow, cancellationToken));

    /// <summary>The report's figures (a database read).</summary>
    public Task<IReadOnlyList<BranchReportRow>> RowsAsync(OrgWorkDbContext db, DateTime utcNow, CancellationToken cancellationToken) =>
        builder.BuildAsync(db, utcNow, cancellationToken);

    /// <summary>The report's figures per branch or rolled up to the 党委/党总支 (a database read).</summary>
    public Task<IReadOnlyList<BranchReportRow>> RowsAsync(OrgWorkDbContext db, DateTime utcNow, ReportLevel level, CancellationToken cancellationToken) =>
        builder.BuildAsync(db, utcNow, level, cancellationToken);

    /// <summary>The messages for <paramref name="rows"/>; drawing the chart is CPU work, kept out of transactions.</summary>
    public IReadOnlyList<Reply> Compose(IReadOnlyList<BranchReportRow> rows, ReportLevel level = ReportLevel.Branch)
    {
        var title = level == ReportLevel.Parent ? UiText.ReportParentTitle : UiText.ReportTitle;
        if (rows.Count == 0)
        {
            return [ReplyFactory.Plain(UiText.ReportEmpty)];
        }

        var table = new RichTextBuilder().Bold(title).Text("\n");
        ReportFormatter.PhoneList(table, rows);
        table.Text("\n\n" + UiText.ReportNotes);
        var image = new Reply
        {
            Text = ReplyFactory.Plain(title).Text,
            Image = new ReplyImage("branch-report.png", chart.Render(rows, title: title)),
        };
        return [new Reply { Text = table.Build() }, image];
    }
}
