namespace OrgWork.Bot.Core.Knowledge.Embeddings;

/// <summary>
/// Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): each ranking gives an item 1 / (k + rank), with the
/// customary k = 60; items are ordered by the sum. It needs no score calibration between BM25 and cosine.
/// </summary>
public static class ReciprocalRankFusion
{
    public const int K = 60;

    public static IReadOnlyList<string> Fuse(params IReadOnlyList<string>[] rankings)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ranking in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var id = ranking[rank];
                scores[id] = scores.GetValueOrDefault(id) + (1.0 / (K + rank + 1));
                firstSeen.TryAdd(id, firstSeen.Count);
            }
        }

        return [.. scores.OrderByDescending(s => s.Value).ThenBy(s => firstSeen[s.Key]).Select(s => s.Key)];
    }
}
