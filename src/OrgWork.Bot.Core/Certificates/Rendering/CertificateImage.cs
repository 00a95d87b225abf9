using OrgWork.Bot.Core.Conversation;
using SkiaSharp;

namespace OrgWork.Bot.Core.Certificates.Rendering;

/// <summary>The certificate as a PNG for chat (A4 landscape proportions), drawn with SkiaSharp in <see cref="CertificateFonts"/>.</summary>
public sealed class CertificateImage(CertificateFonts fonts)
{
    public const int Width = 1600;
    public const int Height = 1131;
    private const float Margin = 150;

    private static readonly SKColor Paper = new(0xFF, 0xFA, 0xEE);
    private static readonly SKColor Red = new(0xB7, 0x1C, 0x1C);
    private static readonly SKColor Gold = new(0xC8, 0x9B, 0x3C);
    private static readonly SKColor Ink = new(0x26, 0x22, 0x1E);
    private static readonly SKColor Grey = new(0x6B, 0x65, 0x5E);

    public byte[] Render(CertificateView view)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(Paper);
        using (var outer = new SKPaint { Color = Red, Style = SKPaintStyle.Stroke, StrokeWidth = 16, IsAntialias = true })
        using (var inner = new SKPaint { Color = Gold, Style = SKPaintStyle.Stroke, StrokeWidth = 4, IsAntialias = true })
        {
            canvas.DrawRect(36, 36, Width - 72, Height - 72, outer);
            canvas.DrawRect(68, 68, Width - 136, Height - 136, inner);
        }

        using var main = fonts.Typeface();
        using var latin = fonts.LatinTypeface();
        var pen = new Pen(canvas, fonts, main, latin);
        pen.Draw(UiText.CertificateHeading, 128, Red, 280, 0.5f);
        var y = pen.Draw(view.HolderLine, 60, Ink, 450, 0.5f);
        y = pen.Draw(view.CompletedLine, 52, Ink, y + 20, 0.5f);
        pen.Draw(UiText.CertificatePassed, 52, Ink, y + 20, 0.5f);

        pen.Draw(UiText.CertificateIssuer, 40, Ink, Height - 250, 1, right: Width - 180);
        pen.Draw(view.DateLine, 40, Ink, Height - 185, 1, right: Width - 180);
        pen.Draw(view.SerialLine, 30, Grey, Height - 185, 0, left: 140);
        pen.Draw(view.VerifyLine, 26, Grey, Height - 135, 0, left: 140);

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private sealed class Pen(SKCanvas canvas, CertificateFonts fonts, SKTypeface main, SKTypeface latin)
    {
        /// <summary>Draws wrapped, aligned text (0 left, 0.5 centre, 1 right) with its baseline at <paramref name="y"/>; returns the baseline after it.</summary>
        public float Draw(string text, float size, SKColor color, float y, float alignment, float left = Margin, float right = Width - Margin)
        {
            using var mainFont = new SKFont(main, size);
            using var latinFont = new SKFont(latin, size);
            using var paint = new SKPaint { Color = color, IsAntialias = true };
            foreach (var line in TextLine.Layout(text, right - left, fonts, (s, isMain) => (isMain ? mainFont : latinFont).MeasureText(s)))
            {
                var x = (float)line.Start(left, right, alignment);
                foreach (var run in line.Runs)
                {
                    canvas.DrawText(run.Text, x, y, SKTextAlign.Left, run.Main ? mainFont : latinFont, paint);
                    x += (float)run.Width;
                }

                y += size * 1.35f;
            }

            return y;
        }
    }
}
