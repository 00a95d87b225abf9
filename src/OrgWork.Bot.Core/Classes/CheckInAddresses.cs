using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Certificates;

namespace OrgWork.Bot.Core.Classes;

/// <summary>
/// Where check-in codes lead: the web address (<c>/checkin/CODE</c>, <c>/checkin/site/CODE</c>; what the QR code holds, since
/// most members use the web) and the bot's deep link (<c>start=ck_CODE</c>, <c>start=site_CODE</c>) when Telegram is on.
/// </summary>
public sealed class CheckInAddresses(IOptions<PublicWebOptions> options, IChatDeepLinks deepLinks)
{
    public const string WebPath = "/checkin";

    private string Base => options.Value.PublicUrl.TrimEnd('/');

    public string ForSession(string code) => $"{Base}{WebPath}/{code}";

    public string? DeepLinkForSession(string code) => deepLinks.Start(CheckInCodes.SessionPrefix + code);

    public string ForSite(string code) => $"{Base}{WebPath}/site/{code}";

    public string? DeepLinkForSite(string code) => deepLinks.Start(CheckInCodes.SitePrefix + code);

    /// <summary>The trainer's projector page for one session: it shows the current code and changes it as it rotates.</summary>
    public string Projector(string classSlug, int sessionNumber) => $"{Base}{WebPath}/show/{classSlug}/{sessionNumber}";

    /// <summary>A site's printable page with its fixed QR code.</summary>
    public string SitePoster(string siteSlug) => $"{Base}/sites/{siteSlug}/poster";
}
