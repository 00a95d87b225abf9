namespace OrgWork.Bot.Core.Knowledge.Answering;

/// <summary>
/// What the search plugin found: the passages above the relevance threshold (none means "not found") and, for the
/// not-found reply, the titles of the closest documents whatever their score.
/// </summary>
public sealed record PolicySearchResult(IReadOnlyList<RetrievedPassage> Passages, IReadOnlyList<string> ClosestTitles)
{
    public bool Found => Passages.Count > 0;
}
