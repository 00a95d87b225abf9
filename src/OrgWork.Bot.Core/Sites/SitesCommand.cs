using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Sites;

/// <summary><c>/sites</c> (红色教育基地): each site with its place, its 学时 per visit, and its visits this year (all, and the member's).</summary>
public sealed class SitesCommand(SiteVisits visits) : ICommandHandler
{
    public string Name => "sites";

    public string Description => UiText.CommandSites;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var text = new RichTextBuilder().Bold(UiText.SiteListTitle);
        if (context.Catalogue.Sites.Count == 0)
        {
            return ConversationResult.Of(new Reply { Text = text.Text("\n" + UiText.SiteNone).Build() });
        }

        var counts = await visits.ThisYearAsync(context.Db, context.Learner.Id, context.UtcNow, cancellationToken);
        foreach (var site in context.Catalogue.Sites)
        {
            var (all, mine) = counts.GetValueOrDefault(site.Slug);
            text.Text("\n\n" + UiText.Format(UiText.SiteListItem, site.Title, site.Place, site.Minutes, all));
            if (mine > 0)
            {
                text.Text("\n" + UiText.Format(UiText.SiteListMine, mine));
            }
        }

        text.Text("\n\n" + UiText.SiteListHint);
        return ConversationResult.Of(new Reply { Text = text.Build() });
    }
}
