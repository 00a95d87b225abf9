using System.Globalization;
using OrgWork.Bot.Core.Conversation;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>Reads an uploaded file into memory, never more than its limit (a channel may not know the size in advance).</summary>
public static class UploadReader
{
    public static async Task<byte[]> ReadAsync(InputFile file, long limit, CancellationToken cancellationToken)
    {
        if (file.Length > limit)
        {
            throw TooLarge(file.FileName, limit);
        }

        await using var stream = await file.OpenAsync(cancellationToken);
        return await ReadBoundedAsync(stream, limit, () => TooLarge(file.FileName, limit), cancellationToken);
    }

    public static async Task<byte[]> ReadBoundedAsync(Stream stream, long limit, Func<Exception> tooLarge, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw tooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");

    private static UploadRejectedException TooLarge(string name, long limit) =>
        new(UiText.Format(UiText.UploadTooLarge, name, FormatSize(limit)));
}
