using OrgWork.Bot.Core.Classes;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Conversation.Commands;
using OrgWork.Bot.Core.Learning;

namespace OrgWork.Bot.Core.Sites;

/// <summary><c>/start site_CODE</c>: a member scanned a site's printed QR code; the visit counts once a day.</summary>
public sealed class SiteCheckIn(CheckInCodes codes, SiteVisits visits, StudyHours hours) : IStartCodeHandler
{
    public async Task<Reply?> TryHandleAsync(ConversationContext context, string code, CancellationToken cancellationToken)
    {
        if (!code.StartsWith(CheckInCodes.SitePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var siteId = await codes.ReadSiteAsync(code[CheckInCodes.SitePrefix.Length..], cancellationToken);
        var site = siteId is null ? null : context.Catalogue.FindSiteById(siteId);
        if (site is null)
        {
            return ReplyFactory.Plain(UiText.SiteUnknownCode) with { IsPrivate = true };
        }

        var text = await visits.RecordAsync(context.Db, site, context.Learner, context.UtcNow, cancellationToken)
            ? UiText.Format(UiText.SiteVisited, site.Title, hours.FromMinutes(site.Minutes), site.Minutes)
            : UiText.Format(UiText.SiteAlreadyToday, site.Title);
        return ReplyFactory.Plain(text) with { IsPrivate = true };
    }
}
