using OrgWork.Bot.Core.Knowledge.Evaluation;

namespace OrgWork.Bot.Core.Knowledge.Retrieval;

/// <summary>The lexical index as a benchmark subject: ids only, no threshold (recall counts every rank).</summary>
public sealed class LexicalSearcher(LexicalIndex index) : IPassageSearcher
{
    public IReadOnlyList<string> Search(string question, int count) => [.. index.Search(question, count).Select(h => h.Id)];
}
