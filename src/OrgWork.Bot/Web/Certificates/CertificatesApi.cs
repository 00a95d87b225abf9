using Microsoft.EntityFrameworkCore;
using OrgWork.Bot.Core.Certificates;
using OrgWork.Bot.Core.Certificates.Rendering;
using OrgWork.Bot.Core.Certificates.Storage;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Storage;
using OrgWork.Bot.Web.Admin;
using OrgWork.Bot.Web.Components;
using OrgWork.Bot.Web.Pages;
using OrgWork.Bot.Web.SignIn;

namespace OrgWork.Bot.Web.Certificates;

/// <summary>
/// Certificates on the web: <c>/certificates</c> lists the signed-in member's, <c>/certificates/{serial}.pdf</c> downloads
/// one (its holder or staff only), and <c>/verify/{serial}</c> is the public check printed on every certificate. The
/// database is read in a short context; the PDF is drawn after it is closed.
/// </summary>
public static class CertificatesApi
{
    public const string Path = "/certificates";

    public static IEndpointRouteBuilder MapCertificates(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ListAsync).RequireAuthorization();
        app.MapGet(Path + "/{serial}.pdf", DownloadAsync).RequireAuthorization();
        app.MapGet("/verify/{serial}", VerifyAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext http, IDbContextFactory<OrgWorkDbContext> contexts, CancellationToken cancellationToken)
    {
        var ids = await HolderIdsAsync(contexts, WebUser.IdOf(http.User) ?? 0, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var certificates = await db.Certificates.AsNoTracking().Where(c => ids.Contains(c.LearnerId))
            .OrderByDescending(c => c.IssuedAt).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        return WebPage.Render<CertificatesPage>(new Dictionary<string, object?> { [nameof(CertificatesPage.Certificates)] = certificates });
    }

    private static async Task<IResult> DownloadAsync(
        string serial, HttpContext http, IDbContextFactory<OrgWorkDbContext> contexts, StaffAccess staff, CertificatePdf pdf,
        CertificateAddresses addresses, LearningClock clock, CancellationToken cancellationToken)
    {
        var userId = WebUser.IdOf(http.User) ?? 0;
        Certificate? certificate;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            certificate = await CertificateBook.FindAsync(db, serial, cancellationToken);
        }

        if (certificate is null)
        {
            return WebPage.Message(UiText.WebCertificatesTitle, UiText.WebCertificateNotFound, StatusCodes.Status404NotFound);
        }

        var ids = await HolderIdsAsync(contexts, userId, cancellationToken);
        if (!ids.Contains(certificate.LearnerId) && !await staff.IsStaffAsync(userId, cancellationToken))
        {
            return WebPage.Message(UiText.WebCertificatesTitle, UiText.WebCertificateNotYours, StatusCodes.Status403Forbidden);
        }

        if (certificate.RevokedAt is { } revokedAt)
        {
            return WebPage.Message(
                UiText.WebCertificatesTitle, UiText.Format(UiText.WebCertificateRevoked, CertificateView.FormatDate(clock.LocalDate(revokedAt))), StatusCodes.Status410Gone);
        }

        if (!pdf.IsAvailable)
        {
            return WebPage.Message(UiText.WebCertificatesTitle, UiText.WebCertificateNoFont, StatusCodes.Status503ServiceUnavailable);
        }

        var bytes = pdf.Render(CertificateView.Of(certificate, addresses));
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(bytes, "application/pdf", $"certificate-{certificate.Serial}.pdf");
    }

    private static async Task<IResult> VerifyAsync(
        string serial, IDbContextFactory<OrgWorkDbContext> contexts, LearningClock clock, CancellationToken cancellationToken)
    {
        Certificate? certificate;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            certificate = await CertificateBook.FindAsync(db, serial, cancellationToken);
        }

        var parameters = new Dictionary<string, object?> { [nameof(VerifyPage.Serial)] = serial.Length > 40 ? serial[..40] : serial };
        if (certificate is null)
        {
            return WebPage.Render<VerifyPage>(parameters, StatusCodes.Status404NotFound);
        }

        parameters[nameof(VerifyPage.MaskedName)] = NameMask.Mask(certificate.HolderName);
        parameters[nameof(VerifyPage.Title)] = certificate.Title;
        parameters[nameof(VerifyPage.Hours)] = CertificateView.FormatHours(certificate.Hours);
        parameters[nameof(VerifyPage.IssuedOn)] = CertificateView.FormatDate(certificate.IssuedOn);
        parameters[nameof(VerifyPage.Serial)] = CertificateSerial.Display(certificate.Serial);
        parameters[nameof(VerifyPage.RevokedOn)] = certificate.RevokedAt is { } revokedAt ? CertificateView.FormatDate(clock.LocalDate(revokedAt)) : null;
        parameters[nameof(VerifyPage.Found)] = true;
        return WebPage.Render<VerifyPage>(parameters);
    }

    /// <summary>The learner ids whose certificates a web user holds: their own, and the roster member their account is bound to.</summary>
    private static async Task<List<long>> HolderIdsAsync(IDbContextFactory<OrgWorkDbContext> contexts, long userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var bound = await db.AccountAliases.Where(a => a.AliasId == userId).Select(a => a.LearnerId).ToListAsync(cancellationToken);
        return [userId, .. bound];
    }
}
