using System.Runtime.InteropServices;

namespace OrgWork.Bot.Core.Knowledge.Indexing;

/// <summary>Stores float vectors as little-endian bytes.</summary>
public static class EmbeddingCodec
{
    public static byte[] Encode(ReadOnlySpan<float> vector) => MemoryMarshal.AsBytes(vector).ToArray();

    public static ReadOnlyMemory<float>? Decode(byte[]? bytes) =>
        bytes is { Length: > 0 } ? MemoryMarshal.Cast<byte, float>(bytes).ToArray() : null;
}
