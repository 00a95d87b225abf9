using System.Numerics.Tensors;

namespace OrgWork.Bot.Core.Knowledge.Embeddings;

/// <summary>Cosine similarity of two vectors of one model (0 when their lengths differ).</summary>
public static class VectorMath
{
    public static double Cosine(ReadOnlyMemory<float> a, ReadOnlyMemory<float> b) =>
        a.Length == b.Length && a.Length > 0 ? TensorPrimitives.CosineSimilarity(a.Span, b.Span) : 0;
}
