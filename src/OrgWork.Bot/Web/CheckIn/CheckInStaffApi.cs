using Microsoft.Extensions.Options;
using OrgWork.Bot.Core.Classes;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Web.Admin;
using OrgWork.Bot.Web.Components;
using OrgWork.Bot.Web.Pages;

namespace OrgWork.Bot.Web.CheckIn;

/// <summary>
/// Check-in codes for trainers and admins to show: the projector page of a session (<c>/checkin/show/{class}/{n}</c>),
/// whose image <c>qr.png</c> is made afresh on every request and reloaded by the page every 30 s, and a site's
/// printable poster (<c>/sites/{slug}/poster</c>) with its fixed code. Images are never cached: a session's code
/// rotates, and a site's changes with the signing key.
/// </summary>
public static class CheckInStaffApi
{
    /// <summary>The response header of a session's <c>qr.png</c> with the address it encodes, for the page's text.</summary>
    public const string AddressHeader = "X-CheckIn-Address";

    public static IEndpointRouteBuilder MapCheckInStaff(this IEndpointRouteBuilder app)
    {
        var projector = app.MapGroup(CheckInAddresses.WebPath + "/show/{classSlug}/{number:int}").RequireAuthorization(StaffRequirement.PolicyName);
        projector.MapGet("", ProjectorAsync);
        projector.MapGet("/qr.png", ProjectorQrAsync);
        var sites = app.MapGroup("/sites/{slug}").RequireAuthorization(StaffRequirement.PolicyName);
        sites.MapGet("/poster", PosterAsync);
        sites.MapGet("/qr.png", SiteQrAsync);
        return app;
    }

    private static async Task<IResult> ProjectorAsync(
        string classSlug, int number, HttpContext http, CatalogueStore catalogues, AttendanceBook attendance, CheckInCodes codes, CheckInAddresses addresses,
        IOptions<CheckInOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        NoStore(http);
        var now = time.GetUtcNow().UtcDateTime;
        if (catalogues.Current.FindClass(classSlug) is not { } trainingClass || trainingClass.FindSession(number) is not { } session)
        {
            return WebPage.Message(UiText.WebProjectorTitle, UiText.Format(UiText.WebProjectorUnknown, classSlug, number), StatusCodes.Status404NotFound);
        }

        if (!attendance.IsOpen(session, now))
        {
            var (from, to) = attendance.Window(session);
            return WebPage.Message(
                UiText.WebProjectorTitle,
                UiText.Format(UiText.CheckInOutsideWindow, trainingClass.Title, session.Number, ContentTime.Format(from), ContentTime.Format(to)),
                StatusCodes.Status409Conflict);
        }

        return WebPage.Render<ProjectorPage>(new Dictionary<string, object?>
        {
            [nameof(ProjectorPage.Heading)] = UiText.Format(UiText.WebProjectorHeading, trainingClass.Title, session.Number, session.Title),
            [nameof(ProjectorPage.Hint)] = UiText.Format(UiText.WebProjectorHint, (int)options.Value.RotateEvery.TotalSeconds),
            [nameof(ProjectorPage.ImagePath)] = $"{CheckInAddresses.WebPath}/show/{Uri.EscapeDataString(trainingClass.Slug)}/{session.Number}/qr.png",

            // The same code as the image's while the rotation slot lasts; the page's script keeps both current.
            [nameof(ProjectorPage.Address)] = addresses.ForSession(await codes.ForSessionAsync(trainingClass, session, now, cancellationToken)),
        });
    }

    private static async Task<IResult> ProjectorQrAsync(
        string classSlug, int number, HttpContext http, CatalogueStore catalogues, AttendanceBook attendance, CheckInCodes codes, CheckInAddresses addresses,
        TimeProvider time, CancellationToken cancellationToken)
    {
        NoStore(http);
        var now = time.GetUtcNow().UtcDateTime;
        if (catalogues.Current.FindClass(classSlug) is not { } trainingClass || trainingClass.FindSession(number) is not { } session)
        {
            return TypedResults.NotFound();
        }

        if (!attendance.IsOpen(session, now))
        {
            return TypedResults.Conflict();
        }

        var address = addresses.ForSession(await codes.ForSessionAsync(trainingClass, session, now, cancellationToken));
        http.Response.Headers[AddressHeader] = address;
        return TypedResults.File(QrImage.Png(address), "image/png");
    }

    private static async Task<IResult> PosterAsync(
        string slug, HttpContext http, CatalogueStore catalogues, CheckInCodes codes, CheckInAddresses addresses, StudyHours hours, CancellationToken cancellationToken)
    {
        NoStore(http);
        if (catalogues.Current.FindSite(slug) is not { } site)
        {
            return WebPage.Message(UiText.WebSitePosterTitle, UiText.Format(UiText.WebSiteUnknown, slug), StatusCodes.Status404NotFound);
        }

        return WebPage.Render<SitePosterPage>(new Dictionary<string, object?>
        {
            [nameof(SitePosterPage.Site)] = site,
            [nameof(SitePosterPage.Hours)] = hours.FromMinutes(site.Minutes),
            [nameof(SitePosterPage.Address)] = addresses.ForSite(await codes.ForSiteAsync(site, cancellationToken)),
            [nameof(SitePosterPage.ImagePath)] = $"/sites/{Uri.EscapeDataString(site.Slug)}/qr.png",
        });
    }

    private static async Task<IResult> SiteQrAsync(
        string slug, HttpContext http, CatalogueStore catalogues, CheckInCodes codes, CheckInAddresses addresses, CancellationToken cancellationToken)
    {
        NoStore(http);
        if (catalogues.Current.FindSite(slug) is not { } site)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.File(QrImage.Png(addresses.ForSite(await codes.ForSiteAsync(site, cancellationToken))), "image/png");
    }

    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "no-store";
}
