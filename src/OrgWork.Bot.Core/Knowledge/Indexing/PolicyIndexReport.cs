namespace OrgWork.Bot.Core.Knowledge.Indexing;

/// <summary>What one refresh did: documents chunked anew (added or changed), removed, and left as they were.</summary>
public sealed record PolicyIndexReport(
    int Documents, int Chunks, IReadOnlyList<string> Added, IReadOnlyList<string> Updated, IReadOnlyList<string> Removed, int Unchanged)
{
    public IEnumerable<string> Rechunked => Added.Concat(Updated);
}
