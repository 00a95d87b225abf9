using OrgWork.Bot.Core.Conversation;
using SkiaSharp;

namespace OrgWork.Bot.Core.Certificates.Rendering;

/// <summary>The certificate as a PNG for chat (A4 landscape proportions), drawn with SkiaSharp in <see cref="CertificateFonts"/>.</summary>
public sealed class CertificateImage(CertificateFonts fonts)
{
    public const int Width = 1600;
    public const int Height = 1131;

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

        using var typeface = fonts.Typeface();
        const float center = Width / 2f;
        Draw(canvas, typeface, UiText.CertificateHeading, 128, Red, center, 280, SKTextAlign.Center, spacing: 0);
        var y = 450f;
        y = Draw(canvas, typeface, view.HolderLine, 60, Ink, center, y, SKTextAlign.Center);
        y = Draw(canvas, typeface, view.CompletedLine, 52, Ink, center, y + 20, SKTextAlign.Center);
        Draw(canvas, typeface, UiText.CertificatePassed, 52, Ink, center, y + 20, SKTextAlign.Center);

        Draw(canvas, typeface, UiText.CertificateIssuer, 40, Ink, Width - 180, Height - 250, SKTextAlign.Right);
        Draw(canvas, typeface, view.DateLine, 40, Ink, Width - 180, Height - 185, SKTextAlign.Right);
        Draw(canvas, typeface, view.SerialLine, 30, Grey, 140, Height - 185, SKTextAlign.Left);
        Draw(canvas, typeface, view.VerifyLine, 26, Grey, 140, Height - 135, SKTextAlign.Left, maxWidth: Width - 280);

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Draws <paramref name="text"/> wrapped to the page; returns the baseline below its last line.</summary>
    private static float Draw(
        SKCanvas canvas, SKTypeface typeface, string text, float size, SKColor color, float x, float y, SKTextAlign align, float spacing = 1.35f, float maxWidth = Width - 320)
    {
        using var font = new SKFont(typeface, size);
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        foreach (var line in TextWrap.Lines(text, maxWidth, s => font.MeasureText(s)))
        {
            canvas.DrawText(line, x, y, align, font, paint);
            y += size * Math.Max(spacing, 1);
        }

        return y;
    }
}
