using OrgWork.Bot.Core.Certificates.Rendering;
using OrgWork.Bot.Core.Conversation;
using OrgWork.Bot.Core.Rendering;

namespace OrgWork.Bot.Core.Certificates;

/// <summary><c>/certificates</c> (or 证书): the member's certificates, newest first, a button per certificate for its image.</summary>
public sealed class CertificatesCommand : ICommandHandler
{
    /// <summary>Buttons for at most this many certificates (the web lists them all).</summary>
    public const int MaxButtons = 10;

    public string Name => "certificates";

    public string Description => UiText.CommandCertificates;

    public bool IsPrivateFlow => true;

    public async Task<ConversationResult> HandleAsync(ConversationContext context, string arguments, CancellationToken cancellationToken)
    {
        var certificates = await CertificateBook.OfLearnerAsync(context.Db, context.Learner.Id, cancellationToken);
        if (certificates.Count == 0)
        {
            return ConversationResult.Of(new Reply { Text = new RichTextBuilder().Text(UiText.CertificatesNone).Build() });
        }

        var shown = certificates.Take(MaxButtons).ToList();
        var text = new RichTextBuilder().Bold(UiText.Format(UiText.CertificatesTitle, certificates.Count)).Text("\n");
        foreach (var certificate in shown)
        {
            text.Text("\n" + UiText.Format(
                UiText.CertificatesLine, certificate.Title, CertificateView.FormatHours(certificate.Hours),
                CertificateView.FormatDate(certificate.IssuedOn), CertificateSerial.Display(certificate.Serial)));
            if (certificate.RevokedAt is not null)
            {
                text.Text(UiText.CertificatesRevokedMark);
            }
        }

        if (certificates.Count > shown.Count)
        {
            text.Text("\n\n" + UiText.Format(UiText.CertificatesMore, certificates.Count - shown.Count));
        }

        text.Text("\n\n" + UiText.CertificatesHint);
        return ConversationResult.Of(new Reply
        {
            Text = text.Build(),
            Buttons = shown.Select(c => (IReadOnlyList<Button>)[CertificateButton.Labelled(c.Serial, c.Title)]).ToList(),
        });
    }
}
