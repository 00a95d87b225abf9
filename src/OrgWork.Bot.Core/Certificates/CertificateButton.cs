using OrgWork.Bot.Core.Certificates.Rendering;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Learning;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Certificates;

/// <summary>
/// A button that sends a certificate's image: under <c>/certificates</c>, and under any reply that announces a new
/// certificate (an exam passed: <c>new Button(label, CertificateButton.For(serial))</c>). Only the holder gets the
/// image; the PNG is drawn outside the transaction (deferred work).
/// </summary>
public sealed class CertificateButton(CertificateImage image, CertificateAddresses addresses, LearningClock clock) : IButtonHandler
{
    public const string ActionName = "crt";

    public string Action => ActionName;

    /// <summary>The button data for the certificate <paramref name="serial"/>.</summary>
    public static string For(string serial) => ButtonPayload.Create(ActionName, serial);

    /// <summary>The labelled button for a certificate about <paramref name="title"/>.</summary>
    public static Button Labelled(string serial, string title) => new(UiText.Format(UiText.CertificateButton, title), For(serial));

    public async Task<ConversationResult> HandleAsync(ConversationContext context, ButtonPayload payload, CancellationToken cancellationToken)
    {
        var certificate = await CertificateBook.FindAsync(context.Db, payload.Argument(0), cancellationToken);
        if (certificate is null || certificate.LearnerId != context.Learner.Id)
        {
            return ConversationResult.Notice(UiText.CertificateGone);
        }

        if (certificate.RevokedAt is { } revokedAt)
        {
            return ConversationResult.Of(new Reply
            {
                Text = Plain(UiText.Format(
                    UiText.CertificateRevokedInChat, certificate.Title, CertificateSerial.Display(certificate.Serial), CertificateView.FormatDate(clock.LocalDate(revokedAt)))),
            });
        }

        var view = CertificateView.Of(certificate, addresses);
        var caption = UiText.Format(UiText.CertificateCaption, certificate.Title, CertificateSerial.Display(certificate.Serial), view.VerifyUrl, addresses.Pdf(certificate.Serial));
        return ConversationResult.Later(DeferredWork.Create(
            _ => Task.FromResult(image.Render(view)),
            (_, png, _) => Task.FromResult(ConversationResult.Of(new Reply
            {
                Text = Plain(caption),
                Image = new ReplyImage($"certificate-{certificate.Serial}.png", png),
                IsPrivate = true,
            }))));
    }

    private static RichText Plain(string text) => new RichTextBuilder().Text(text).Build();
}
