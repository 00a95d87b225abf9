namespace OrgWork.Bot.Core.Knowledge.Retrieval;

/// <summary>The Okapi BM25 formulas (Robertson and Zaragoza, 2009), with Lucene's non-negative idf.</summary>
public static class Bm25
{
    /// <summary>idf(t) = ln(1 + (N − df + 0.5) / (df + 0.5)).</summary>
    public static double Idf(int documentCount, int documentFrequency) =>
        Math.Log(1 + ((documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    /// <summary>The length part of the denominator: k1 · (1 − b + b · |d| / avgdl).</summary>
    public static double LengthNorm(double k1, double b, int length, double averageLength) =>
        k1 * (1 - b + (b * length / averageLength));

    /// <summary>One term's contribution: idf · tf · (k1 + 1) / (tf + k1 · (1 − b + b · |d| / avgdl)).</summary>
    public static double TermScore(double idf, int termFrequency, double k1, double lengthNorm) =>
        idf * termFrequency * (k1 + 1) / (termFrequency + lengthNorm);
}
