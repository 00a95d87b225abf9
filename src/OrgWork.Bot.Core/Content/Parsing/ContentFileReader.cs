using System.Buffers;
using System.Text;
using System.Text.Unicode;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Content.Parsing;

/// <summary>Reads a content file as UTF-8 text, refusing oversized, empty and non-UTF-8 files with a precise line.</summary>
public static class ContentFileReader
{
    public static async Task<string?> ReadAsync(string fullPath, long maxBytes, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var length = new FileInfo(fullPath).Length;
        if (length > maxBytes)
        {
            diagnostics.Add(UiText.Diagnostics.FileTooLarge, 1, FormatSize(length), FormatSize(maxBytes));
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(fullPath, cancellationToken);
        return Decode(bytes, diagnostics);
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var line = bytes[..read].Count((byte)'\n') + 1;
                diagnostics.Add(UiText.Diagnostics.FileNotUtf8, line, bytes[read].ToString("X2", System.Globalization.CultureInfo.InvariantCulture), read);
                return null;
            }

            var text = new string(chars, 0, written);
            if (string.IsNullOrWhiteSpace(text))
            {
                diagnostics.Add(UiText.Diagnostics.FileEmpty, 1);
                return null;
            }

            return text;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / 1024.0 / 1024.0:0.#} MiB" : $"{bytes / 1024.0:0.#} KiB";
}
