using Microsoft.AspNetCore.Http.Metadata;

namespace OrgWork.Bot.Hosting;

/// <summary>
/// Endpoint metadata that lowers the server's request body limit for one endpoint: routing applies it before the
/// body is read, so a larger body is refused with 413 as soon as its size is known, never buffered whole.
/// </summary>
public sealed class BodySizeLimit(long maxBytes) : IRequestSizeLimitMetadata
{
    /// <summary>A Telegram update is a few kilobytes; a message of the longest text with its entities stays far below this.</summary>
    public const long TelegramUpdateBytes = 1024 * 1024;

    /// <summary>A chat post: the longest text JSON-escaped (at most 6 bytes a character) with room for the rest.</summary>
    public const long ChatPostBytes = 64 * 1024;

    public long? MaxRequestBodySize { get; } = maxBytes;
}
