using System.Text;
using OrgWork.Bot.Core.Content.Parsing;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Publishing.Importing;

/// <summary>
/// Decodes an imported text file. Files from Excel or Notepad on Chinese Windows are often GBK rather than
/// UTF-8, so text that is not valid UTF-8 is read as GB18030 (a superset of GBK) with a warning.
/// </summary>
public static class ImportText
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static Encoding ChineseWindows => Gb18030.Value;

    public static string? Decode(byte[] bytes, DiagnosticBag diagnostics)
    {
        string text;
        if (bytes.AsSpan().StartsWith(Encoding.Unicode.Preamble) || bytes.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        else
        {
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                try
                {
                    text = ChineseWindows.GetString(bytes);
                    diagnostics.Add(UiText.Diagnostics.ImportReadAsGb18030, 1);
                }
                catch (DecoderFallbackException)
                {
                    diagnostics.Add(UiText.Diagnostics.ImportUnknownEncoding, 1);
                    return null;
                }
            }
        }

        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(UiText.Diagnostics.FileEmpty, 1);
            return null;
        }

        return text;
    }
}
