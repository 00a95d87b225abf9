using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Reports;

/// <summary>
/// <c>/rank</c>: branches ranked by average points per member and completion rate, this week and all
/// time. Individual rankings are shown only within one's own branch (<c>/rank 支部</c>) and only for
/// members who opted in (<c>/rank on</c>), because public individual rankings breed formalism. <c>/rank 上级</c> ranks
/// the 党委/党总支 above the branches the same way.
/// </summary>
public sealed class RankCommand(LearnerFactsQuery factsQuery) : ICommandHandler
{
    private const int TopCount = 10;

    public string Name => "rank";

    public string Description => UiText.CommandRank;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        switch (arguments.Trim().ToLowerInvariant())
        {
            case "on" or "加入":
                context.Learner.RankOptIn = true;
                return ConversationResult.Of(ReplyFactory.Plain(UiText.RankOptedIn));
            case "off" or "退出":
                context.Learner.RankOptIn = false;
                return ConversationResult.Of(ReplyFactory.Plain(UiText.RankOptedOut));
            case "branch" or "支部" or "本支部":
                return ConversationResult.Of(await BranchBoardAsync(context, cancellationToken));
            case "parent" or "上级" or "上级党组织" or "党委":
                return ConversationResult.Of(await RankingAsync(context, ReportLevel.Parent, cancellationToken));
            default:
                return ConversationResult.Of(await RankingAsync(context, ReportLevel.Branch, cancellationToken));
        }
    }

    private async Task<Reply> RankingAsync(ConversationContext context, ReportLevel level, CancellationToken cancellationToken)
    {
        var facts = await factsQuery.RunAsync(context.Db, context.UtcNow, cancellationToken);
        var groups = await OrganisationGroups.GroupAsync(context.Db, facts, level, includeUnassigned: false, cancellationToken);
        var totalLessons = Math.Max(1, context.Catalogue.LessonCount);
        var rows = groups
            .Where(b => b.Members.Count > 0)
            .Select(b => (
                b.Name,
                AverageAll: b.Members.Average(m => m.Points),
                AverageWeek: b.Members.Average(m => m.PointsThisWeek),
                Completion: (double)b.Members.Sum(m => m.LessonsFinished) / (b.Members.Count * totalLessons)))
            .ToList();

        var text = new RichTextBuilder().Bold(level == ReportLevel.Parent ? UiText.RankParentTitle : UiText.RankTitle);
        if (rows.Count == 0)
        {
            return new Reply { Text = text.Text("\n\n" + UiText.RankNoBranches).Build() };
        }

        text.Text("\n\n").Bold(UiText.RankThisWeek);
        foreach (var (row, i) in rows.OrderByDescending(r => r.AverageWeek).Select((r, i) => (r, i + 1)))
        {
            text.Text("\n" + UiText.Format(UiText.RankBranchLine, i, row.Name, row.AverageWeek, row.Completion));
        }

        text.Text("\n\n").Bold(UiText.RankAllTime);
        foreach (var (row, i) in rows.OrderByDescending(r => r.AverageAll).Select((r, i) => (r, i + 1)))
        {
            text.Text("\n" + UiText.Format(UiText.RankBranchLine, i, row.Name, row.AverageAll, row.Completion));
        }

        text.Text("\n\n" + UiText.RankHint);
        return new Reply { Text = text.Build() };
    }

    private async Task<Reply> BranchBoardAsync(ConversationContext context, CancellationToken cancellationToken)
    {
        if (context.Learner.BranchId is not { } branchId)
        {
            return ReplyFactory.Plain(UiText.RankNeedBranch);
        }

        var members = (await factsQuery.RunAsync(context.Db, context.UtcNow, cancellationToken))
            .Where(f => f.BranchId == branchId && f.RankOptIn)
            .ToList();
        var text = new RichTextBuilder().Bold(UiText.RankBranchBoardTitle);
        if (members.Count == 0)
        {
            return new Reply { Text = text.Text("\n\n" + UiText.RankNobodyOptedIn).Build() };
        }

        text.Text("\n\n").Bold(UiText.RankPersonThisWeek);
        foreach (var (m, i) in members.OrderByDescending(m => m.PointsThisWeek).Take(TopCount).Select((m, i) => (m, i + 1)))
        {
            text.Text("\n" + UiText.Format(UiText.RankPersonLine, i, m.Name, m.PointsThisWeek));
        }

        text.Text("\n\n").Bold(UiText.RankPersonAllTime);
        foreach (var (m, i) in members.OrderByDescending(m => m.Points).Take(TopCount).Select((m, i) => (m, i + 1)))
        {
            text.Text("\n" + UiText.Format(UiText.RankPersonLine, i, m.Name, m.Points));
        }

        if (!context.Learner.RankOptIn)
        {
            text.Text("\n\n" + UiText.RankYouAreHidden);
        }

        return new Reply { Text = text.Build() };
    }
}
