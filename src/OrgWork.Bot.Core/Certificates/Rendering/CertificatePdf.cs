using OrgWork.Bot.Core.Conversation;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OrgWork.Bot.Core.Certificates.Rendering;

/// <summary>The certificate as an A4 landscape PDF (PDFsharp), its text real text in an embedded CJK font subset.</summary>
public sealed class CertificatePdf(CertificateFonts fonts)
{
    private static readonly XColor Red = XColor.FromArgb(0xB7, 0x1C, 0x1C);
    private static readonly XColor Gold = XColor.FromArgb(0xC8, 0x9B, 0x3C);
    private static readonly XColor Ink = XColor.FromArgb(0x26, 0x22, 0x1E);
    private static readonly XColor Grey = XColor.FromArgb(0x6B, 0x65, 0x5E);

    /// <summary>Whether a PDF can be made (a CJK TrueType font was found).</summary>
    public bool IsAvailable => fonts.PdfFamily is not null;

    /// <exception cref="InvalidOperationException">No CJK font is installed (see <see cref="IsAvailable"/>).</exception>
    public byte[] Render(CertificateView view)
    {
        var family = fonts.PdfFamily ?? throw new InvalidOperationException("No TrueType font with Chinese glyphs is installed.");
        CjkFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = $"{UiText.CertificateHeading} {CertificateSerial.Display(view.Serial)}";
        document.Info.Author = UiText.ProductName;
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        page.Orientation = PdfSharp.PageOrientation.Landscape;
        var width = page.Width.Point;
        var height = page.Height.Point;

        using (var gfx = XGraphics.FromPdfPage(page))
        {
            gfx.DrawRectangle(new XPen(Red, 6), 18, 18, width - 36, height - 36);
            gfx.DrawRectangle(new XPen(Gold, 1.5), 32, 32, width - 64, height - 64);

            var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
            XFont Font(double size) => new(family, size, XFontStyleEx.Regular, options);
            double Draw(string text, double size, XColor color, double y, XStringFormat format, double left = 60, double right = 60)
            {
                var font = Font(size);
                foreach (var line in TextWrap.Lines(text, width - left - right, s => gfx.MeasureString(s, font).Width))
                {
                    gfx.DrawString(line, font, new XSolidBrush(color), new XRect(left, y, width - left - right, size * 1.4), format);
                    y += size * 1.4;
                }

                return y;
            }

            Draw(UiText.CertificateHeading, 56, Red, 90, XStringFormats.TopCenter);
            var y = Draw(view.HolderLine, 26, Ink, 210, XStringFormats.TopCenter, 90, 90);
            y = Draw(view.CompletedLine, 22, Ink, y + 8, XStringFormats.TopCenter, 90, 90);
            Draw(UiText.CertificatePassed, 22, Ink, y + 8, XStringFormats.TopCenter, 90, 90);

            Draw(UiText.CertificateIssuer, 17, Ink, height - 150, XStringFormats.TopRight, 60, 85);
            Draw(view.DateLine, 17, Ink, height - 122, XStringFormats.TopRight, 60, 85);
            Draw(view.SerialLine, 12, Grey, height - 118, XStringFormats.TopLeft, 65);
            Draw(view.VerifyLine, 11, Grey, height - 96, XStringFormats.TopLeft, 65);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
