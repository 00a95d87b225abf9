using QRCoder;

namespace OrgWork.Bot.Core.Classes;

/// <summary>A QR code as a PNG (QRCoder's own PNG writer: no drawing library or font needed).</summary>
public static class QrImage
{
    /// <summary>
    /// <paramref name="text"/> at error-correction level M, <paramref name="pixelsPerModule"/> pixels a module: a short
    /// web address gives about 33 modules, so 12 makes a ~400 px image a phone camera reads across a classroom.
    /// </summary>
    public static byte[] Png(string text, int pixelsPerModule = 12)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }
}
