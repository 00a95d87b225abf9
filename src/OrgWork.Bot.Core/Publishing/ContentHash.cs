using System.Security.Cryptography;

namespace OrgWork.Bot.Core.Publishing;

/// <summary>SHA-256 of file contents, lowercase hex: what versions and staged uploads compare.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static string Of(byte[] content) => Of(content.AsSpan());

    /// <summary>The hash of a file that may not exist (null then).</summary>
    public static string? OfOptional(byte[]? content) => content is null ? null : Of(content.AsSpan());

    /// <summary>Short form for chat messages.</summary>
    public static string Abbreviate(string hash) => hash[..Math.Min(8, hash.Length)];
}
