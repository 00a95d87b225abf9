using OrgWork.Bot.Core.Conversation;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OrgWork.Bot.Core.Certificates.Rendering;

/// <summary>The certificate as an A4 landscape PDF (PDFsharp), its text real text in embedded font subsets.</summary>
public sealed class CertificatePdf(CertificateFonts fonts)
{
    private const double Margin = 70;
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
        var latinFamily = fonts.PdfLatinFamily ?? family;
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

            // Draws wrapped, aligned text (0 left, 0.5 centre, 1 right) from the top at y; returns the top of the next line.
            double Draw(string text, double size, XColor color, double y, double alignment, double left = Margin, double right = double.NaN)
            {
                right = double.IsNaN(right) ? width - Margin : right;
                var main = new XFont(family, size, XFontStyleEx.Regular, options);
                var latin = new XFont(latinFamily, size, XFontStyleEx.Regular, options);
                var brush = new XSolidBrush(color);
                foreach (var line in TextLine.Layout(text, right - left, fonts, (s, isMain) => gfx.MeasureString(s, isMain ? main : latin).Width))
                {
                    var x = line.Start(left, right, alignment);
                    foreach (var run in line.Runs)
                    {
                        gfx.DrawString(run.Text, run.Main ? main : latin, brush, new XPoint(x, y + size), XStringFormats.BaseLineLeft);
                        x += run.Width;
                    }

                    y += size * 1.4;
                }

                return y;
            }

            Draw(UiText.CertificateHeading, 56, Red, 80, 0.5);
            var y = Draw(view.HolderLine, 26, Ink, 200, 0.5);
            y = Draw(view.CompletedLine, 22, Ink, y + 8, 0.5);
            Draw(UiText.CertificatePassed, 22, Ink, y + 8, 0.5);

            Draw(UiText.CertificateIssuer, 17, Ink, height - 150, 1, right: width - 85);
            Draw(view.DateLine, 17, Ink, height - 122, 1, right: width - 85);
            Draw(view.SerialLine, 12, Grey, height - 118, 0, left: 65);
            Draw(view.VerifyLine, 11, Grey, height - 96, 0, left: 65);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
