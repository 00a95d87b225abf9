using System.Globalization;
using OrgWork.Bot.Core.Certificates.Storage;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Certificates.Rendering;

/// <summary>What a certificate shows, as printed: the same lines on the image and the PDF.</summary>
public sealed record CertificateView(string HolderName, string Title, double Hours, DateOnly IssuedOn, string Serial, string VerifyUrl)
{
    public static CertificateView Of(Certificate certificate, CertificateAddresses addresses) =>
        new(certificate.HolderName, certificate.Title, certificate.Hours, certificate.IssuedOn, certificate.Serial, addresses.Verify(certificate.Serial));

    public string HolderLine => UiText.Format(UiText.CertificateHolder, HolderName);

    public string CompletedLine => UiText.Format(UiText.CertificateCompleted, Title, FormatHours(Hours));

    public string DateLine => FormatDate(IssuedOn);

    public string SerialLine => UiText.Format(UiText.CertificateSerialLine, CertificateSerial.Display(Serial));

    public string VerifyLine => UiText.Format(UiText.CertificateVerifyLine, VerifyUrl);

    /// <summary>A date as Chinese documents write it: 2026年12月2日.</summary>
    public static string FormatDate(DateOnly date) => UiText.Format(UiText.CertificateDate, date.Year, date.Month, date.Day);

    /// <summary>学时 with at most one decimal: 2, 1.5.</summary>
    public static string FormatHours(double hours) => hours.ToString("0.#", CultureInfo.InvariantCulture);
}
