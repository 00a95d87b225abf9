using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using OrgWork.Bot.Core.Classes;
using OrgWork.Bot.Core.Content;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Hosting;
using OrgWork.Bot.Web.Chat;
using OrgWork.Bot.Web.Components;
using OrgWork.Bot.Web.Pages;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Web.CheckIn;

/// <summary>
/// Where a scanned check-in QR code leads on the web (signed-in members): <c>GET /checkin/{code}</c> and
/// <c>GET /checkin/site/{code}</c> show what the code is for and one 确认签到 button, with no side effect (link previews
/// and prefetching open addresses too); the button's POST sends <c>/start ck_CODE</c> or <c>/start site_CODE</c> through
/// the web channel, one engine turn exactly as on Telegram, and shows the answer.
/// </summary>
public static partial class CheckInApi
{
    public static IEndpointRouteBuilder MapCheckIn(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(CheckInAddresses.WebPath).RequireAuthorization();
        pages.MapGet("/{code}", SessionPageAsync);
        pages.MapPost("/{code}", (string code, HttpContext http, WebChannel channel, CancellationToken ct) => ConfirmAsync(CheckInCodes.SessionPrefix, code, http, channel, ct))
            .AddEndpointFilter<RequireAntiforgery>().WithBodySizeLimit(BodySizeLimit.ChatPostBytes);
        pages.MapGet("/site/{code}", SitePageAsync);
        pages.MapPost("/site/{code}", (string code, HttpContext http, WebChannel channel, CancellationToken ct) => ConfirmAsync(CheckInCodes.SitePrefix, code, http, channel, ct))
            .AddEndpointFilter<RequireAntiforgery>().WithBodySizeLimit(BodySizeLimit.ChatPostBytes);
        return app;
    }

    private static async Task<IResult> SessionPageAsync(
        string code, HttpContext http, IAntiforgery antiforgery, CheckInCodes codes, CheckInAddresses addresses, AttendanceBook attendance,
        CatalogueStore catalogues, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var reading = await codes.ReadSessionAsync(code, now, cancellationToken);
        var (classId, number) = reading switch
        {
            SessionCodeReading.Valid valid => (valid.ClassId, valid.SessionNumber),
            SessionCodeReading.Expired expired => (expired.ClassId, expired.SessionNumber),
            _ => ("", 0),
        };
        if (reading is SessionCodeReading.Forged)
        {
            return Problem(UiText.WebCheckInTitle, UiText.CheckInForged, StatusCodes.Status404NotFound);
        }

        if (catalogues.Current.FindClassById(classId) is not { } trainingClass || trainingClass.FindSession(number) is not { } session)
        {
            return Problem(UiText.WebCheckInTitle, UiText.CheckInUnknownSession, StatusCodes.Status404NotFound);
        }

        var heading = UiText.Format(UiText.WebCheckInSession, trainingClass.Title, session.Number, session.Title);
        string[] details =
        [
            UiText.Format(UiText.WebCheckInWhen, ContentTime.Format(session.Starts), session.Minutes),
            UiText.Format(UiText.WebCheckInPlace, session.Place.Length > 0 ? session.Place : trainingClass.Place),
        ];
        if (reading is SessionCodeReading.Expired)
        {
            return Page(heading, details, UiText.CheckInExpired, StatusCodes.Status410Gone);
        }

        if (!attendance.IsOpen(session, now))
        {
            var (from, to) = attendance.Window(session);
            var outside = UiText.Format(UiText.CheckInOutsideWindow, trainingClass.Title, session.Number, ContentTime.Format(from), ContentTime.Format(to));
            return Page(heading, details, outside, StatusCodes.Status200OK);
        }

        return Confirm(http, antiforgery, UiText.WebCheckInTitle, heading, [.. details, UiText.WebCheckInHint], addresses.DeepLinkForSession(code));
    }

    private static async Task<IResult> SitePageAsync(
        string code, HttpContext http, IAntiforgery antiforgery, CheckInCodes codes, CheckInAddresses addresses, StudyHours hours,
        CatalogueStore catalogues, CancellationToken cancellationToken)
    {
        var siteId = await codes.ReadSiteAsync(code, cancellationToken);
        var site = siteId is null ? null : catalogues.Current.FindSiteById(siteId);
        if (site is null)
        {
            return Problem(UiText.WebSiteVisitTitle, UiText.SiteUnknownCode, StatusCodes.Status404NotFound);
        }

        string[] details =
        [
            UiText.Format(UiText.WebCheckInPlace, site.Place),
            UiText.Format(UiText.WebSiteVisitDetails, hours.FromMinutes(site.Minutes).ToString(CultureInfo.InvariantCulture), site.Minutes),
            UiText.WebSiteVisitHint,
        ];
        return Confirm(http, antiforgery, UiText.WebSiteVisitTitle, site.Title, details, addresses.DeepLinkForSite(code));
    }

    /// <summary>The button's POST: the same input a Telegram deep link gives, through the web channel as the signed-in member.</summary>
    private static async Task<IResult> ConfirmAsync(string prefix, string code, HttpContext http, WebChannel channel, CancellationToken cancellationToken)
    {
        var title = prefix == CheckInCodes.SessionPrefix ? UiText.WebCheckInResultTitle : UiText.WebSiteVisitTitle;
        if (WebUser.IdOf(http.User) is not { } learnerId)
        {
            return TypedResults.Unauthorized();
        }

        if (!CodePattern().IsMatch(code))
        {
            // Codes are base64url; anything else could only be a hand-made address, and is not passed on as chat text.
            return Problem(title, prefix == CheckInCodes.SessionPrefix ? UiText.CheckInForged : UiText.SiteUnknownCode, StatusCodes.Status400BadRequest);
        }

        var response = await channel.HandleAsync(learnerId, WebUser.NameOf(http.User), new ChatRequest($"/start {prefix}{code}", null, null), cancellationToken);
        return WebPage.Render<CheckInResultPage>(new Dictionary<string, object?>
        {
            [nameof(CheckInResultPage.Title)] = title,
            [nameof(CheckInResultPage.Toast)] = response?.Toast,
            [nameof(CheckInResultPage.Messages)] = response?.Messages.Select(m => m.Html).ToList() ?? [],
        });
    }

    private static IResult Confirm(HttpContext http, IAntiforgery antiforgery, string title, string heading, IReadOnlyList<string> details, string? telegramLink) =>
        WebPage.Render<CheckInPage>(new Dictionary<string, object?>
        {
            [nameof(CheckInPage.Title)] = title,
            [nameof(CheckInPage.Heading)] = heading,
            [nameof(CheckInPage.Details)] = details,
            [nameof(CheckInPage.FormAction)] = http.Request.Path.Value,
            [nameof(CheckInPage.Tokens)] = antiforgery.GetAndStoreTokens(http),
            [nameof(CheckInPage.TelegramLink)] = telegramLink,
        });

    private static IResult Page(string heading, IReadOnlyList<string> details, string problem, int statusCode) =>
        WebPage.Render<CheckInPage>(
            new Dictionary<string, object?>
            {
                [nameof(CheckInPage.Title)] = UiText.WebCheckInTitle,
                [nameof(CheckInPage.Heading)] = heading,
                [nameof(CheckInPage.Details)] = details,
                [nameof(CheckInPage.Problem)] = problem,
            },
            statusCode);

    private static IResult Problem(string title, string message, int statusCode) =>
        WebPage.Render<CheckInPage>(
            new Dictionary<string, object?> { [nameof(CheckInPage.Title)] = title, [nameof(CheckInPage.Problem)] = message },
            statusCode);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex CodePattern();
}
